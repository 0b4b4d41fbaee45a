package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.briefgen.archive.RecordedFile;
import org.briefgen.files.Sha256;

/**
 * The recorded files' bytes kept in the archive itself (table {@code blobs}), content-addressed:
 * each content once, by its SHA-256. A PostgreSQL archive always keeps them; an SQLite archive
 * from the moment it is set to ({@code generate --store-files}): the settings rows say from which
 * letter and response on, so that verify knows which files must have a stored copy. {@code exists}: whether
 * the archive has the table at all; {@code fromLetter}, {@code fromResponse}: the first entries kept
 * ({@link Integer#MAX_VALUE}: none).
 */
record StoredFiles(Statements statements, boolean exists, int fromLetter, int fromResponse) {

    static final String FROM_LETTER = "store_files_from_letter";
    static final String FROM_RESPONSE = "store_files_from_response";

    /** The stored files of the archive {@code statements} reach. */
    static StoredFiles of(Statements statements) throws SQLException {
        // an archive opened read-only may predate the tables
        if (!statements.hasColumn("blobs", "sha256")) {
            return new StoredFiles(statements, false, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
        if (statements.dialect() == Dialect.POSTGRESQL) {
            return new StoredFiles(statements, true, 1, 1);
        }
        int letter = setting(statements, FROM_LETTER);
        int response = setting(statements, FROM_RESPONSE);
        return new StoredFiles(statements, true, letter == 0 ? Integer.MAX_VALUE : letter,
                response == 0 ? Integer.MAX_VALUE : response);
    }

    private static int setting(Statements statements, String name) throws SQLException {
        try (ResultSet rs = statements.prepare("SELECT value FROM settings WHERE name = ?", name).executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
        }
    }

    /** Sets the archive to keep the files it records from its next letter and response on (once; never undone). */
    static void enable(Statements statements) throws SQLException {
        if (setting(statements, FROM_LETTER) == 0) {
            statements.update("INSERT INTO settings (name, value) VALUES (?, ?)", FROM_LETTER,
                    Integer.toString(statements.nextEntry("letters")));
            statements.update("INSERT INTO settings (name, value) VALUES (?, ?)", FROM_RESPONSE,
                    Integer.toString(statements.nextEntry("responses")));
        }
    }

    boolean enabled() {
        return fromLetter < Integer.MAX_VALUE;
    }

    /** Whether the files of letters row {@code entry} (of responses row, unless {@code letter}) must be kept. */
    boolean required(boolean letter, int entry) {
        return entry >= (letter ? fromLetter : fromResponse);
    }

    /** Keeps {@code file}'s bytes, recorded as {@code recorded}, unless the archive has them already. */
    void store(Path file, RecordedFile recorded) throws SQLException, IOException {
        if (!enabled() || has(recorded.sha256())) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        // the bytes kept must be the bytes hashed: a file changed meanwhile is not recorded at all
        if (!Sha256.of(bytes).equals(recorded.sha256())) {
            throw new IllegalStateException(file + " changed while it was being recorded");
        }
        insert(recorded.sha256(), bytes);
    }

    void insert(String sha256, byte[] bytes) throws SQLException {
        statements.update("INSERT INTO blobs (sha256, size, content) VALUES (?, ?, ?)", sha256, (long) bytes.length,
                bytes);
    }

    boolean has(String sha256) throws SQLException {
        return exists && statements.integer("SELECT COUNT(*) FROM blobs WHERE sha256 = ?", sha256) > 0;
    }

    /** The bytes kept for {@code sha256}, if the archive keeps them. */
    Optional<byte[]> read(String sha256) throws SQLException {
        if (!exists) {
            return Optional.empty();
        }
        try (ResultSet rs = statements.prepare("SELECT content FROM blobs WHERE sha256 = ?", sha256).executeQuery()) {
            return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
        }
    }
}
