package org.briefgen.archive.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the databases an archive can live in, beyond the schema its migrations
 * set up: how a run takes the archive's write lock.
 */
enum Dialect {

    /** The write lock is taken when a transaction begins (BEGIN IMMEDIATE, set on the connection). */
    SQLITE("sqlite"),

    /**
     * Appends are serialised by a transaction-level advisory lock on one fixed key: held from the
     * transaction's first statement until its commit or rollback, so a run waits for no more than
     * the other's transaction, and each reads the chain's head and the campaign's last sequence
     * number only once the one before it has committed.
     */
    POSTGRESQL("postgresql");

    /** The advisory lock's key: "briefgen" in ASCII, so that it is recognisable in pg_locks. */
    private static final long APPEND_LOCK = 0x6272696566676e6eL;

    private final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    /** The dialect of a JDBC URL's vendor ({@code sqlite}, {@code postgresql}), or null for any other. */
    static Dialect of(String vendor) {
        for (Dialect d : values()) {
            if (d.vendor.equals(vendor)) {
                return d;
            }
        }
        return null;
    }

    /** The folder of this database's own migrations, beside {@code db/migration/common}. */
    String migrations() {
        return "classpath:db/migration/" + vendor;
    }

    /** Takes the archive's write lock for the transaction {@code connection} has just begun. */
    void lockForAppend(Connection connection) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ")");
            }
        }
    }
}
