package org.briefgen.archive.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.failure.Secrets;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * An archive on a PostgreSQL server. Its password is never in a file of ours nor in the URL: it
 * comes from the environment ({@code PGPASSWORD}) or from the user's {@code ~/.pgpass} (or the
 * file {@code PGPASSFILE} names), which the driver reads itself when no password is given.
 */
final class PostgresSource {

    private static final Pattern PASSWORD = Pattern.compile("[?&]password=", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("^jdbc:postgresql://[^/?]*@",
            Pattern.CASE_INSENSITIVE);

    private PostgresSource() {
    }

    /**
     * Refuses a URL that carries a password, without repeating it: it would stay in shell history,
     * in process listings and in every message that names the archive.
     */
    static void refusePassword(String jdbcUrl) {
        if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
                && (PASSWORD.matcher(jdbcUrl).find() || USER_INFO.matcher(jdbcUrl).find())) {
            throw new ArchiveException("the archive's URL carries a password, which briefgen does not take there:"
                    + " leave it out of the URL and set PGPASSWORD in the environment, or put it in ~/.pgpass"
                    + " (host:port:database:user:password)");
        }
    }

    /** The server and database at {@code location}, with the password from {@code PGPASSWORD} if set. */
    static DataSource of(ArchiveLocation location) {
        refusePassword(location.jdbcUrl());
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(location.jdbcUrl());
        } catch (IllegalArgumentException e) {
            throw new ArchiveException("'" + location.describe() + "' is not a PostgreSQL URL like"
                    + " jdbc:postgresql://HOST:PORT/DATABASE?user=NAME");
        }
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            source.setPassword(password);
        }
        return source;
    }

    /** A connection from {@code source}; a server that does not answer or refuses us is the user's to put right. */
    static Connection connect(DataSource source, ArchiveLocation location) {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new ArchiveException("cannot reach the archive " + location.describe() + ": "
                    + Secrets.masked(e.getMessage())
                    + " (the password, if the server asks for one, comes from PGPASSWORD or ~/.pgpass)");
        }
    }
}
