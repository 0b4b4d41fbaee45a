package org.briefgen.archive;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.briefgen.failure.Secrets;

/**
 * Where an archive is: its database ({@code jdbcUrl}) and the folder its recorded file paths are
 * relative to ({@code files}, the output folder). By default the database is
 * {@code archive.sqlite} in that folder.
 */
public record ArchiveLocation(String jdbcUrl, Path files) {

    static final String SQLITE = "jdbc:sqlite:";
    static final String DEFAULT_FILE = "archive.sqlite";
    private static final Pattern PASSWORD = Pattern.compile("[?&]password=", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("^jdbc:postgresql://[^/?]*@",
            Pattern.CASE_INSENSITIVE);

    /** A location whose PostgreSQL URL carries a password is refused, whichever way it is made. */
    public ArchiveLocation {
        if (jdbcUrl != null) {
            refusePassword(jdbcUrl);
        }
    }

    /**
     * {@code OUT/archive.sqlite} for files in {@code out}, or the database at {@code jdbcUrl} when
     * given; a PostgreSQL URL carrying a password is refused.
     */
    public static ArchiveLocation of(String jdbcUrl, Path out) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            return new ArchiveLocation(SQLITE + out.resolve(DEFAULT_FILE), out);
        }
        return new ArchiveLocation(jdbcUrl, out);
    }

    /** The database file, when the archive is an SQLite file. */
    public Optional<Path> sqliteFile() {
        if (!jdbcUrl.startsWith(SQLITE)) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(SQLITE.length());
        int query = name.indexOf('?');
        if (query >= 0) {
            name = name.substring(0, query);
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.isEmpty() || name.startsWith(":memory:") || name.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(name));
    }

    /** The database file, or else its URL with any password in it masked: for messages. */
    public String describe() {
        return sqliteFile().map(Path::toString).orElse(Secrets.masked(jdbcUrl));
    }

    /** As {@link #describe()}, never the password a URL may carry. */
    @Override
    public String toString() {
        return "ArchiveLocation[" + describe() + ", files " + files + "]";
    }

    /**
     * Refuses a URL that carries a password, without repeating it: it would stay in shell history,
     * in process listings and in every message that names the archive.
     */
    private static void refusePassword(String jdbcUrl) {
        if (jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")
                && (PASSWORD.matcher(jdbcUrl).find() || USER_INFO.matcher(jdbcUrl).find())) {
            throw new ArchiveException("the archive's URL carries a password, which briefgen does not take there:"
                    + " leave it out of the URL and set PGPASSWORD in the environment, or put it in ~/.pgpass"
                    + " (host:port:database:user:password)");
        }
    }
}
