package org.briefgen.approval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an officer's account may do, each role all the one before may: an officer prepares, issues,
 * sends and records responses; an approver also approves letters (never those they issue); an admin
 * also manages the accounts.
 */
public enum Role {
    OFFICER,
    APPROVER,
    ADMIN;

    /** The role's name as typed and recorded: "officer", "approver", "admin". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean mayApprove() {
        return this != OFFICER;
    }

    public boolean mayManageAccounts() {
        return this == ADMIN;
    }

    /** The role named {@code key}, if it is one. */
    public static Optional<Role> named(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key == null ? "" : key.strip().toLowerCase(
                Locale.ROOT))).findFirst();
    }
}
