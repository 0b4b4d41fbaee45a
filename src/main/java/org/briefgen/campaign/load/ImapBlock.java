package org.briefgen.campaign.load;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.briefgen.campaign.DataException;

/**
 * organisation.yaml's {@code imap:} block: {@code trust}, the file of the organisation's
 * certificate authority that the IMAP server's certificate may be signed by (PEM or PKCS#12,
 * relative to the campaign folder). The mailbox itself is named by {@code inbox --imap URL}.
 */
public final class ImapBlock {

    private static final Set<String> KEYS = Set.of("trust");

    private ImapBlock() {
    }

    /** Checks the block under {@code imap} in {@code organisation}; the trust file named, or empty. */
    static Optional<Path> read(Fields organisation) {
        return organisation.map("imap").flatMap(s -> s == null ? Optional.empty() : trust(s));
    }

    private static Optional<Path> trust(Fields s) {
        s.allow(KEYS);
        Optional<String> trust = s.optText("trust");
        if (trust.isPresent() && (trust.get().isBlank() || trust.get().indexOf('\0') >= 0)) {
            s.report(s.problemAt("trust", "imap: trust names no file: write the PEM or PKCS#12 file of the"
                    + " organisation's certificate authority"));
            return Optional.empty();
        }
        return trust.map(Path::of);
    }

    /**
     * The trust file of {@code folder}/organisation.yaml's {@code imap:} block, relative to
     * {@code folder}; empty when there is none. A wrong block is a {@link DataException}.
     */
    public static Optional<Path> trust(Path folder) {
        return OrganisationBlocks.fromFile(folder, ImapBlock::read).map(folder::resolve);
    }
}
