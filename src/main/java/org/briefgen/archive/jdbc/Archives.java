package org.briefgen.archive.jdbc;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveInMaking;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.Verification;
import org.briefgen.files.AtomicFiles;

/** The way into an archive: opening one (SQLite or PostgreSQL, through JDBC), setting it to keep files, copying it. */
public final class Archives {

    private Archives() {
    }

    /** Opens the archive at {@code location}, creating it or bringing its schema up to date. */
    public static Archive open(ArchiveLocation location, Clock clock) {
        return JdbcArchive.open(location, clock, false);
    }

    /**
     * Starts making the new SQLite archive at {@code location} on a thread of its own, when there is none
     * there yet, for {@link #open(ArchiveLocation, Clock, ArchiveInMaking)} to put in place.
     */
    public static ArchiveInMaking ahead(ArchiveLocation location) {
        return NewArchive.ahead(location);
    }

    /**
     * As {@link #open(ArchiveLocation, Clock)}; a new SQLite archive is the one {@code ahead} made
     * meanwhile, when it did.
     */
    public static Archive open(ArchiveLocation location, Clock clock, ArchiveInMaking ahead) {
        return JdbcArchive.open(location, clock, false, AtomicFiles.DURABLE, ahead instanceof NewArchive made ? made
                : NewArchive.NONE);
    }

    /**
     * Opens an archive that must already exist (for reading it, or adding to what it holds): an
     * SQLite file that is not there is an {@link ArchiveException}, not a new empty archive.
     */
    public static Archive openExisting(ArchiveLocation location, Clock clock) {
        ArchiveDatabase.requireExisting(location);
        return JdbcArchive.open(location, clock, false);
    }

    /** Opens the archive for reading only; empty when it is an SQLite file not yet created. */
    public static Optional<Archive> openReadOnly(ArchiveLocation location) {
        if (location.sqliteFile().map(f -> !Files.exists(f)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(JdbcArchive.open(location, Clock.systemUTC(), true));
    }

    /**
     * Sets the archive at {@code location} (created if need be) to keep the bytes of every file it
     * records from now on, as a PostgreSQL archive always does; once set, never undone.
     */
    public static void storeFiles(ArchiveLocation location) {
        try (JdbcArchive archive = JdbcArchive.open(location, Clock.systemUTC(), false)) {
            archive.storeFiles();
        }
    }

    /**
     * Copies the archive at {@code from} into the empty one at {@code to}, every row as it is (entry
     * numbers, hashes, chains, stored files), and returns the copy's verification: all in one
     * transaction on the target, committed only when the copy is intact.
     *
     * @throws ArchiveException when the source is not intact, or the target holds letters (its campaigns named)
     */
    public static Verification migrate(ArchiveLocation from, ArchiveLocation to) {
        return ArchiveMigration.migrate(from, to);
    }
}
