package org.briefgen.mail.inbox;

import java.util.List;

/**
 * What a reading of an inbox did: the messages recorded, the ones held for review (with why), how
 * many were recorded or held before, the ones not matched (or refused by the log) with their reasons,
 * and the ones a source could not hand over. Holds no message bytes.
 */
public record InboxReport(List<Entry> recorded, List<Entry> review, int alreadyRecorded, List<Entry> unmatched,
        List<String> skipped, boolean marked) {

    public InboxReport {
        recorded = List.copyOf(recorded);
        review = List.copyOf(review);
        unmatched = List.copyOf(unmatched);
        skipped = List.copyOf(skipped);
    }

    /**
     * One message: where it was read, its Message-ID, the letter (null when unmatched), its sender and
     * subject, and what it is ("reply by In-Reply-To", "bounce: a@b (5.1.1)", or why it is unmatched).
     */
    public record Entry(String origin, String messageId, String reference, String sender, String subject,
            String detail) {
    }
}
