package org.briefgen.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases an archive test runs on: an SQLite file in the test's folder, or a database of its
 * own on the PostgreSQL server named by {@code BRIEFGEN_TEST_POSTGRES} (by default the machine's,
 * {@value #DEFAULT_SERVER}), created for the test and dropped after it. When no server answers, a
 * PostgreSQL test is skipped with a message saying so, except under CI ({@code CI=true}), where it fails.
 * Register with {@code @RegisterExtension}.
 */
public final class ArchiveDatabases implements AfterEachCallback {

    /** The database an archive test runs on. */
    public enum Kind {
        SQLITE,
        POSTGRESQL
    }

    static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final List<String> created = new ArrayList<>();

    /** The server tests create their databases on. */
    public static String server() {
        String url = System.getenv("BRIEFGEN_TEST_POSTGRES");
        return url == null || url.isBlank() ? DEFAULT_SERVER : url;
    }

    /** An empty archive of {@code kind} whose files are in {@code out}. */
    public ArchiveLocation location(Kind kind, Path out) {
        return new ArchiveLocation(url(kind, out), out);
    }

    /** The JDBC URL of a new, empty database of {@code kind} (an SQLite file in {@code out}). */
    public String url(Kind kind, Path out) {
        if (kind == Kind.SQLITE) {
            return "jdbc:sqlite:" + out.resolve("archive.sqlite");
        }
        String name = "briefgen_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server() + ": " + e.getMessage(), e);
        }
        created.add(name);
        return withDatabase(server(), name);
    }

    /** A superuser's connection to the database at {@code url}, for changing rows behind the archive's back. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** {@code url} (jdbc:postgresql://HOST:PORT/DB?…) with {@code database} in place of its database. */
    public static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hosts);
        int query = url.indexOf('?', hosts);
        String tail = query < 0 ? "" : url.substring(query);
        String authority = url.substring(0, slash < 0 ? (query < 0 ? url.length() : query) : slash);
        return authority + "/" + database + tail;
    }

    private static Connection serverConnection() {
        try {
            return DriverManager.getConnection(server());
        } catch (SQLException e) {
            String message = "no PostgreSQL server answers at " + server() + " (" + e.getMessage()
                    + "): set BRIEFGEN_TEST_POSTGRES to one, or start the machine's";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("under CI a PostgreSQL server is required: " + message, e);
            }
            Assumptions.abort(message);
            throw new AssertionError(message);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (Connection c = serverConnection(); Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
            }
        }
        created.clear();
    }
}
