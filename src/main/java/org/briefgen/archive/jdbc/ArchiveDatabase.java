package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.failure.Secrets;
import org.briefgen.files.AtomicFiles;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connects to an archive's database, bringing its schema up to date first (Flyway, from
 * {@code db/migration/common} and the database's own folder). The SQL is plain and portable; what
 * is particular to one database (how the write lock is taken: {@link Dialect}; the triggers that
 * refuse UPDATE and DELETE) is set up here and in {@code db/migration/sqlite} and
 * {@code db/migration/postgresql}.
 */
final class ArchiveDatabase {

    /** How long a run waits for another one holding the archive's write lock. */
    private static final int BUSY_TIMEOUT_MS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ArchiveDatabase() {
    }

    static void requireExisting(ArchiveLocation location) {
        Optional<Path> file = location.sqliteFile();
        if (file.isPresent() && !Files.exists(file.get())) {
            throw new ArchiveException("no archive at " + file.get()
                    + " (generate creates it when it issues the first letters)");
        }
    }

    /**
     * A connection to the archive at {@code location}; unless {@code readOnly}, its schema is migrated first,
     * and a new SQLite archive is created, or {@code ahead}'s put in place when it made one.
     */
    static Connection connect(ArchiveLocation location, Dialect dialect, boolean readOnly, NewArchive ahead) {
        DataSource source = dialect == Dialect.SQLITE ? sqliteSource(location.jdbcUrl())
                : PostgresSource.of(location);
        try {
            Optional<Path> file = location.sqliteFile();
            Path folder = file.map(f -> f.toAbsolutePath().getParent()).orElse(null);
            if (!readOnly && folder != null) {
                Files.createDirectories(folder);
            }
            // a server that does not answer, or refuses us, is told before any migration is tried
            Connection connection = dialect == Dialect.SQLITE ? null : PostgresSource.connect(source, location);
            if (!readOnly) {
                if (file.isPresent() && !Files.exists(file.get())) {
                    Optional<Path> made = ahead.take();
                    place(file.get(), made.isPresent() ? made.get() : make(file.get(), location));
                }
                // an archive already up to date is not handed to Flyway (half a second of every command); a
                // server's is asked on the connection already made, not on a second one
                boolean current = connection != null ? SchemaCurrent.holds(connection, dialect)
                        : SchemaCurrent.holds(source, dialect);
                if (!current) {
                    migrate(schema(dialect, source), location);
                }
            }
            return connection != null ? connection : source.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the archive " + location.describe() + ": "
                    + Secrets.masked(e.getMessage()),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the archive's folder: " + e.getMessage(), e);
        }
    }

    /** The dialect of the archive's database; a database briefgen has no driver for is refused. */
    static Dialect dialect(ArchiveLocation location) {
        Dialect dialect = Dialect.of(vendor(location));
        if (dialect == null) {
            throw new ArchiveException("no database driver for " + location.describe() + " (briefgen comes with"
                    + " SQLite's, jdbc:sqlite:FILE, and PostgreSQL's, jdbc:postgresql://HOST:PORT/DATABASE?user=NAME)");
        }
        return dialect;
    }

    /** {@code sqlite} for {@code jdbc:sqlite:…}, {@code postgresql} for {@code jdbc:postgresql:…}. */
    static String vendor(ArchiveLocation location) {
        String url = location.jdbcUrl();
        int end = url.indexOf(':', "jdbc:".length());
        if (!url.startsWith("jdbc:") || end < 0) {
            throw new ArchiveException("'" + Secrets.masked(url) + "' is not a JDBC URL (like"
                    + " jdbc:sqlite:archive.sqlite)");
        }
        return url.substring("jdbc:".length(), end).toLowerCase(Locale.ROOT);
    }

    private static SQLiteDataSource sqliteSource(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so two runs issuing
        // at once take turns instead of both choosing the same next reference
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // a write-ahead log, synced to disk at checkpoints rather than at every commit: a killed run
        // loses nothing it committed, and issuing a letter no longer waits for the disk three times.
        // (A power cut can lose the last commits; their files are then issued again, identically.)
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // readers too open the file writable (they never write): only a writable connection can
        // tidy the log away when it closes, so a look at the archive leaves nothing beside it
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    /** The portable schema, then what only this database's own SQL can say (its folder is named as in the JDBC URL). */
    private static FluentConfiguration schema(Dialect dialect, DataSource source) {
        return Flyway.configure().locations("classpath:db/migration/common", dialect.migrations())
                .failOnMissingLocations(false).javaMigrations(new OfficerChainMigration()).dataSource(source)
                .group(true);
    }

    /**
     * Makes a new SQLite archive whole beside {@code file}, under a temporary name, and returns that name
     * ({@link #place} puts it in place); what it made is removed if it fails.
     */
    static Path make(Path file, ArchiveLocation location) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            throw new ArchiveException("the archive " + location.describe() + " must be a file in a folder");
        }
        // created as SQLite would create the archive itself, readable as the user's other files are (a
        // temporary file would be the owner's alone)
        // named by the process making it, so that what a killed run left is known for its own and tidied
        Path making = Files.createFile(folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".new"));
        boolean made = false;
        try {
            SQLiteDataSource source = sqliteSource("jdbc:sqlite:" + making);
            migrate(schema(Dialect.SQLITE, source), location);
            // the last connection closed folds the log into the file and removes it: the file is all of it
            try (Connection last = source.getConnection(); Statement checkpoint = last.createStatement()) {
                checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            try (FileChannel channel = FileChannel.open(making, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            made = true;
            return making;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the archive " + location.describe() + ": " + e
                    .getMessage(), e);
        } finally {
            if (!made) {
                remove(making);
            }
        }
    }

    /**
     * Links the archive {@link #make} made at {@code making} into place as {@code file}, so that a reader
     * looking meanwhile finds no archive or all of it, never tables half made. Two runs creating it at once
     * each make one; the first linked is the archive, the other's is dropped.
     */
    private static void place(Path file, Path making) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder == null) {
                throw new ArchiveException("the archive " + file + " must be a file in a folder");
            }
            try {
                // a link fails when the name is taken, where a rename would replace another run's archive
                Files.createLink(file, making);
            } catch (FileAlreadyExistsException another) {
                return;
            } catch (UnsupportedOperationException | IOException noLinks) {
                if (Files.exists(file)) {
                    return;
                }
                Files.move(making, file);
            }
            AtomicFiles.syncFolders(List.of(folder));
            LeftOvers.remove(folder, String.valueOf(file.getFileName()));
        } finally {
            remove(making);
        }
    }

    /** Removes an archive made under the temporary name {@code making}, and its log files. */
    static void remove(Path making) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(making + suffix));
        }
    }

    /** Brings the schema up to date; two runs creating the same new archive at once retry rather than fail. */
    private static void migrate(FluentConfiguration config, ArchiveLocation location) {
        for (int attempt = 1;; attempt++) {
            try {
                config.load().migrate();
                return;
            } catch (FlywayException e) {
                if (attempt == 5) {
                    throw new IllegalStateException("cannot set up the archive " + location.describe() + ": "
                            + e.getMessage(), e);
                }
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", interrupted);
                }
            }
        }
    }
}
