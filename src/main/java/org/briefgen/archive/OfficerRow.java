package org.briefgen.archive;

/** A row of the officers table as recorded: an officer's name and password hash, in the officers' chain. */
record OfficerRow(int entryNo, String name, String algorithm, int iterations, String salt, String passwordHash,
        String recordedAt, String previousSha256, String sha256) {
}
