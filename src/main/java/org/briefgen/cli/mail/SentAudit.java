package org.briefgen.cli.mail;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.cli.TerminalText;
import org.briefgen.failure.UserError;
import org.briefgen.mail.ArchivedEmail;
import org.briefgen.mail.SentCopy;

/**
 * {@code archive verify}'s check of what was handed to the server: each {@code sending} row's bytes
 * (recorded by their SHA-256 and the moment they were dated) are made again from the issued .eml
 * and that moment ({@link SentCopy}: only Date: and the draft mark differ), and must hash the same.
 * The issued file itself is checked beside, with the other files.
 */
public final class SentAudit {

    private SentAudit() {
    }

    /** Prints each mismatch; returns how many. */
    public static int check(Archive store, PrintWriter out) {
        int bad = 0;
        // the deliveries a page at a time, each sending's letter looked up alone: nothing held for every letter
        ArchiveInPages pages = store.pages();
        for (List<DeliveryRow> page = pages.deliveries(0, ArchiveInPages.PAGE); !page.isEmpty(); page = pages
                .deliveries(page.get(page.size() - 1).entryNo(), ArchiveInPages.PAGE)) {
            bad += check(store, page, out);
        }
        return bad;
    }

    private static int check(Archive store, List<DeliveryRow> deliveries, PrintWriter out) {
        int bad = 0;
        for (DeliveryRow d : deliveries) {
            if (d.sentSha256() == null) {
                continue;
            }
            ArchivedEmail email = store.letter(d.reference()).flatMap(l -> ArchivedEmail.of(store, l)).orElse(null);
            String problem;
            try {
                String again = email == null ? null : SentCopy.of(email.bytes(), Instant.parse(d.sentAt())).sha256();
                problem = again == null ? "its letter has no issued e-mail"
                        : again.equals(d.sentSha256()) ? null
                        : "the bytes handed over are not the issued e-mail dated then (made again: sha256 "
                                + again + ")";
            } catch (UserError e) {
                // the issued file is missing or changed: named among the files' mismatches already
                continue;
            }
            if (problem != null) {
                bad++;
                out.printf("mismatch: %s sent to %s at %s (delivery #%d, sha256 %s): %s%n", TerminalText.of(d
                        .reference()), TerminalText.of(d.address()), d.sentAt(), d.entryNo(), d.sentSha256(),
                        TerminalText.of(problem));
            }
        }
        return bad;
    }
}
