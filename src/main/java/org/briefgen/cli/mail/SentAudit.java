package org.briefgen.cli.mail;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefgen.archive.Archive;
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
final class SentAudit {

    private SentAudit() {
    }

    /** Prints each mismatch; returns how many. */
    static int check(Archive store, PrintWriter out) {
        Map<String, ArchivedEmail> emails = ArchivedEmail.of(store).stream().collect(Collectors.toMap(
                ArchivedEmail::reference, Function.identity(), (a, b) -> b));
        int bad = 0;
        for (DeliveryRow d : store.deliveries()) {
            if (d.sentSha256() == null) {
                continue;
            }
            ArchivedEmail email = emails.get(d.reference());
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
