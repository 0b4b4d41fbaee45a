package org.briefgen.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.campaign.Recipient;

/**
 * A recipient on the campaign page: its letter's reference (empty when none is issued) and its
 * status, as a word ({@code statusKey}: to-issue, not-sent, sent, awaiting, responded, overdue, late,
 * bounced, uncertain) and a sentence.
 */
public record RecipientRow(String id, String company, String email, String reference, String statusKey,
        String status) {

    /** One row per recipient of the campaign, with the tracker's status of its standing letter. */
    static List<RecipientRow> of(List<Recipient> recipients, String campaign, List<TrackerRow> tracker) {
        Map<String, TrackerRow> byRecipient = new HashMap<>();
        tracker.stream().filter(r -> r.letter().campaign().equals(campaign)).forEach(r -> byRecipient.put(r.letter()
                .recipientId(), r));
        List<RecipientRow> rows = new ArrayList<>();
        for (Recipient r : recipients) {
            TrackerRow t = byRecipient.get(r.id());
            String email = r.email() == null ? "" : r.email();
            if (t == null) {
                rows.add(new RecipientRow(r.id(), r.company(), email, "", "to-issue", "to issue"));
            } else {
                String key = switch (t.status()) {
                    case AWAITING -> "awaiting";
                    case RESPONDED -> "responded";
                    case OVERDUE -> "overdue";
                    case NO_RESPONSE_BY_DEADLINE -> "late";
                    case SUPERSEDED -> "superseded";
                    case NOT_SENT -> "not-sent";
                    case SENT -> "sent";
                    case BOUNCED -> "bounced";
                    case UNCERTAIN -> "uncertain";
                };
                rows.add(new RecipientRow(r.id(), r.company(), email, t.letter().reference(), key, t.statusText()));
            }
        }
        return rows;
    }
}
