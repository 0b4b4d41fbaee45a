package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import org.briefgen.archive.ArchiveException;

/**
 * Each officer's own e-mail address, where the workbench's "Send a test to me" goes ({@code briefgen
 * user email NAME ADDRESS}); append-only: the latest row of a name counts.
 */
record OfficerAddresses(Statements statements, Clock clock) {

    /** Records {@code address} as officer {@code name}'s; the caller has checked that it is an address. */
    void set(String name, String address) {
        if (name == null || !OfficerStore.NAME.matcher(name).matches()) {
            throw new ArchiveException("'" + name + "' is not an officer's name (letters, digits, '.', '_' or '-',"
                    + " at most 64, starting with a letter or digit)");
        }
        statements.inTransaction(() -> {
            statements.update("INSERT INTO officer_addresses (entry_no, name, address, recorded_at) VALUES (?, ?, ?,"
                    + " ?)", statements.nextEntry("officer_addresses"), name, address, Statements.timestamp(clock));
            return null;
        });
    }

    /** Officer {@code name}'s latest address; none when never given (or the archive predates addresses). */
    Optional<String> of(String name) {
        try {
            if (name == null || !statements.hasColumn("officer_addresses", "address")) {
                return Optional.empty();
            }
            try (ResultSet rs = statements.prepare("SELECT address FROM officer_addresses WHERE name = ? ORDER BY"
                    + " entry_no DESC LIMIT 1", name).executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw statements.failure(e);
        }
    }
}
