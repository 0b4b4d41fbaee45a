package org.briefgen.campaign;

import java.nio.file.Path;

/** organisation.yaml's blocks for the servers briefgen talks to and the key it signs with. */
final class OrganisationBlocks {

    private OrganisationBlocks() {
    }

    /** Checks the {@code smtp:}, {@code imap:} and {@code signing:} blocks, each wrong value a problem. */
    static void check(Fields organisation, Path folder) {
        SmtpBlock.read(organisation);
        ImapBlock.read(organisation);
        SigningBlock.read(organisation, folder);
    }
}
