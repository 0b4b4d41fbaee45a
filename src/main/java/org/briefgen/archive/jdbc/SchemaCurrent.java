package org.briefgen.archive.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;

/**
 * Whether an archive's schema is already the one this briefgen's migrations make, told from the
 * migrations Flyway recorded as applied, without Flyway. Bringing Flyway up (its configuration, its
 * scan of the class path for scripts, its validation of each) took half a second of every command
 * opening an archive, most often to find nothing to do. When every migration this build has is
 * recorded, applied successfully, with its description, type, script and checksum, and nothing else
 * is, the archive is up to date and Flyway is not asked; in any other case (a new archive, one an
 * older briefgen made, one a newer one made, a script changed since it ran, a failed migration)
 * Flyway migrates and validates as before. The checksums are Flyway's: the CRC-32 of a script's lines
 * ({@code SchemaCurrentTest} holds them to what Flyway records).
 */
final class SchemaCurrent {

    private static final String INDEX = "db/migration/index.txt";
    private static final Map<Dialect, List<Applied>> EXPECTED = new EnumMap<>(Dialect.class);
    private static final Comparator<Applied> BY_VERSION = Comparator.comparing(a -> MigrationVersion.fromVersion(a
            .version()));

    /** A row of Flyway's history, as it records a successful versioned migration. */
    record Applied(String version, String description, String type, String script, Integer checksum) {
    }

    private SchemaCurrent() {
    }

    /** Whether the archive {@code source} reaches has had every migration of {@code dialect}, and only those. */
    static boolean holds(DataSource source, Dialect dialect) {
        try (Connection connection = source.getConnection()) {
            return holds(connection, dialect);
        } catch (SQLException e) {
            return false; // Flyway is asked, and says what is wrong
        }
    }

    /** Whether the archive {@code connection} is to has had every migration of {@code dialect}, and only those. */
    static boolean holds(Connection connection, Dialect dialect) {
        try {
            List<Applied> recorded = recorded(connection);
            return recorded != null && recorded.equals(expected(dialect));
        } catch (SQLException noHistory) {
            return false; // no history table yet, or one unlike Flyway's: Flyway is asked
        }
    }

    /** What Flyway recorded as applied, by version; null if a migration failed or a row has no version. */
    static List<Applied> recorded(Connection connection) throws SQLException {
        List<Applied> applied = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version, description,"
                + " type, script, checksum, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                int checksum = rs.getInt(5);
                Integer sum = rs.wasNull() ? null : checksum;
                if (!rs.getBoolean(6) || rs.getString(1) == null) {
                    return null;
                }
                applied.add(new Applied(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), sum));
            }
        }
        applied.sort(BY_VERSION);
        return applied;
    }

    /** The migrations of {@code dialect} as Flyway records them once applied, by version. */
    static synchronized List<Applied> expected(Dialect dialect) {
        return EXPECTED.computeIfAbsent(dialect, SchemaCurrent::resolve);
    }

    private static List<Applied> resolve(Dialect dialect) {
        List<Applied> all = new ArrayList<>();
        String own = dialect.migrations().substring("classpath:db/migration/".length()) + "/";
        for (String path : lines(INDEX)) {
            if (path.startsWith("common/") || path.startsWith(own)) {
                String script = path.substring(path.indexOf('/') + 1);
                int separator = script.indexOf("__");
                all.add(new Applied(script.substring(1, separator), script.substring(separator + 2, script.length()
                        - ".sql".length()).replace('_', ' '), "SQL", script, checksum("db/migration/" + path)));
            }
        }
        OfficerChainMigration java = new OfficerChainMigration();
        all.add(new Applied(java.getVersion().getVersion(), java.getDescription(), "JDBC", java.getClass().getName(),
                java.getChecksum()));
        all.sort(BY_VERSION);
        return List.copyOf(all);
    }

    /** Flyway's checksum of a script: the CRC-32 of its lines without their ends, a byte order mark left out. */
    static int checksum(String resource) {
        CRC32 crc = new CRC32();
        boolean first = true;
        for (String line : read(resource)) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    private static List<String> lines(String resource) {
        return read(resource).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> read(String resource) {
        try (InputStream in = Objects.requireNonNull(SchemaCurrent.class.getClassLoader().getResourceAsStream(
                resource), resource); BufferedReader reader = new BufferedReader(
                        new InputStreamReader(in,
                                StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from briefgen's jar", e);
        }
    }
}
