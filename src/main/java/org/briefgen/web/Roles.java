package org.briefgen.web;
import org.briefgen.approval.Role;
import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;

/**
 * The signed-in officer's role, read from the archive's accounts at each request (a role changed
 * counts at once). On loopback without a login, the system user is an officer and an approver,
 * unless the accounts give that name a role.
 */
final class Roles {

    private Roles() {
    }

    static Role of(Services services, String officer) {
        Role role = null;
        if (officer != null && !officer.isEmpty()) {
            try (Archive archive = Archives.openReadOnly(services.archive()).orElse(null)) {
                role = archive == null ? null : archive.roles().get(officer);
            }
        }
        if (role != null) {
            return role;
        }
        return services.settings().loginRequired() ? Role.OFFICER : Role.APPROVER;
    }

    /** Refuses (403) an officer whose role may not approve: the check is here, whatever the page showed. */
    static void requireApprover(Services services, String officer) {
        Role role = of(services, officer);
        if (!role.mayApprove()) {
            throw RefusedException
                    .forbidden(officer + " is an " + role.key() + ": only an approver or an admin approves or"
                            + " rejects letters");
        }
    }
}
