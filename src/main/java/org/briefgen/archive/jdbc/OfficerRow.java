package org.briefgen.archive.jdbc;

/**
 * A row of the officers table as recorded: an officer's name, password hash and role (null in rows
 * from before roles: an officer), in the officers' chain.
 */
record OfficerRow(int entryNo, String name, String algorithm, int iterations, String salt, String passwordHash,
        String recordedAt, String previousSha256, String sha256, String role) {

    /** A row from before roles. */
    OfficerRow(int entryNo, String name, String algorithm, int iterations, String salt, String passwordHash,
            String recordedAt, String previousSha256, String sha256) {
        this(entryNo, name, algorithm, iterations, salt, passwordHash, recordedAt, previousSha256, sha256, null);
    }
}
