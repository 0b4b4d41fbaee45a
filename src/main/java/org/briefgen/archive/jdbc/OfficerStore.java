package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.briefgen.approval.Role;
import org.briefgen.archive.ArchiveException;

/**
 * The officers who may sign in to the workbench, each with a password hash and a role; append-only:
 * a new password or role is a new row and an officer's latest row counts.
 */
final class OfficerStore {

    /** An officer's name: what {@code briefgen user add NAME} accepts, safe in any message or page. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The shortest password accepted. */
    static final int MINIMUM_LENGTH = 12;

    private final Statements statements;
    private final Clock clock;

    OfficerStore(Statements statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    /** Records {@code name} with {@code password} (or a new password for an officer already there), keeping their role. */
    void add(String name, char[] password) {
        add(name, password, null);
    }

    /**
     * Records {@code name} with {@code password} and {@code role} (null: the officer's role so far, else
     * officer), or a new password for an officer already there.
     */
    void add(String name, char[] password, Role role) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ArchiveException("'" + name + "' is not an officer's name (letters, digits, '.', '_' or '-',"
                    + " at most 64, starting with a letter or digit)");
        }
        if (password == null || password.length < MINIMUM_LENGTH) {
            throw new ArchiveException("the password of " + name + " is too short: at least " + MINIMUM_LENGTH
                    + " characters");
        }
        PasswordHash hash = PasswordHash.of(password);
        statements.inTransaction(() -> {
            Role kept = role != null ? role : latestRow(name).map(OfficerStore::role).orElse(Role.OFFICER);
            insert(name, hash, kept);
            return null;
        });
    }

    /** Gives officer {@code name} the role {@code role}: a new row of the chain, with the same password hash. */
    void setRole(String name, Role role) {
        statements.inTransaction(() -> {
            OfficerRow latest = latestRow(name).orElseThrow(() -> new ArchiveException("there is no officer '" + name
                    + "' (briefgen user add " + name + " --role " + role.key() + " adds one)"));
            insert(name, new PasswordHash(latest.algorithm(), latest.iterations(), latest.salt(), latest
                    .passwordHash()), role);
            return null;
        });
    }

    /** Each officer's current role, by name, in the order first recorded. */
    Map<String, Role> roles() throws SQLException {
        Map<String, Role> roles = new LinkedHashMap<>();
        rows().forEach(r -> roles.put(r.name(), role(r)));
        return roles;
    }

    private static Role role(OfficerRow row) {
        return Role.named(row.role()).orElse(Role.OFFICER);
    }

    private void insert(String name, PasswordHash hash, Role role) throws SQLException {
        OfficerRow unsigned = new OfficerRow(statements.nextEntry("officers"), name, hash.algorithm(), hash
                .iterations(), hash.salt(), hash.hash(), Statements.timestamp(clock),
                statements.lastRowHash(
                        "officers"),
                null, role.key());
        statements.update("INSERT INTO officers (entry_no, name, algorithm, iterations, salt, password_hash,"
                + " recorded_at, previous_sha256, row_sha256, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                unsigned
                        .entryNo(),
                name, unsigned.algorithm(), unsigned.iterations(), unsigned.salt(), unsigned
                        .passwordHash(),
                unsigned.recordedAt(), unsigned.previousSha256(), RowHash.of(
                        unsigned),
                unsigned.role());
    }

    private Optional<OfficerRow> latestRow(String name) throws SQLException {
        OfficerRow found = null;
        for (OfficerRow r : rows()) {
            if (r.name().equals(name)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every officer row, in the order recorded (none when the archive's schema has no officers' chain yet). */
    List<OfficerRow> rows() throws SQLException {
        List<OfficerRow> rows = new ArrayList<>();
        if (!statements.hasColumn("officers", "row_sha256")) {
            return rows;
        }
        boolean roles = statements.hasColumn("officers", "role");
        try (ResultSet rs = statements.prepare("SELECT entry_no, name, algorithm, iterations, salt, password_hash,"
                + " recorded_at, previous_sha256, row_sha256" + (roles ? ", role" : "") + " FROM officers ORDER BY"
                + " entry_no").executeQuery()) {
            while (rs.next()) {
                rows.add(new OfficerRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), roles ? rs.getString(10)
                                : null));
            }
        }
        return rows;
    }

    /** Whether {@code password} is {@code name}'s latest; an unknown name costs the same time as a wrong password. */
    boolean check(String name, char[] password) throws SQLException {
        Optional<PasswordHash> hash = name == null ? Optional.empty() : latest(name);
        // an unknown officer is hashed too, so that the time taken does not tell who exists
        boolean matches = hash.orElseGet(Decoy::hash).matches(password);
        return hash.isPresent() && matches;
    }

    /** Every officer's name, once each, in the order first recorded. */
    List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = statements.prepare("SELECT name FROM officers ORDER BY entry_no").executeQuery()) {
            while (rs.next()) {
                if (!names.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private Optional<PasswordHash> latest(String name) throws SQLException {
        try (ResultSet rs = statements.prepare("SELECT algorithm, iterations, salt, password_hash FROM officers"
                + " WHERE name = ? ORDER BY entry_no DESC LIMIT 1", name).executeQuery()) {
            return rs.next() ? Optional.of(new PasswordHash(rs.getString(1), rs.getInt(2), rs.getString(3), rs
                    .getString(4))) : Optional.empty();
        }
    }

    /** How many decoy hashes this process has made: 0 until a sign-in by an unknown name needs one, then 1. */
    static int decoysMade() {
        return Decoy.made;
    }

    /**
     * The hash an unknown officer's password is checked against: made (600,000 rounds of PBKDF2, a
     * second or more) the first time a sign-in needs it, not when an archive is opened; a command
     * that signs no one in never pays for it.
     */
    private static final class Decoy {

        private static volatile int made;
        private static volatile PasswordHash hash;

        private Decoy() {
        }

        static PasswordHash hash() {
            PasswordHash h = hash;
            if (h == null) {
                synchronized (Decoy.class) {
                    h = hash;
                    if (h == null) {
                        h = PasswordHash.of("not anyone's password".toCharArray());
                        hash = h;
                        made++;
                    }
                }
            }
            return h;
        }
    }
}
