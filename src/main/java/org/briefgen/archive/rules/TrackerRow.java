package org.briefgen.archive.rules;

import java.time.LocalDate;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.i18n.Messages;

/**
 * One letter in the tracker: its status on the tracker's day, the date of its response (or null),
 * the days the response took from the letter's date, the days past the deadline without one, and
 * the letter that superseded it (or null), and what became of its e-mail ({@link LetterDelivery#NONE}
 * when briefgen never sent it), and the follow-up that chases it (or null).
 */
public record TrackerRow(IssuedLetter letter, TrackerStatus status, LocalDate responded, Integer daysTaken,
        Integer daysOverdue, String supersededBy, LetterDelivery delivery, String followedUpBy) {

    public TrackerRow(IssuedLetter letter, TrackerStatus status, LocalDate responded, Integer daysTaken,
            Integer daysOverdue, String supersededBy, LetterDelivery delivery) {
        this(letter, status, responded, daysTaken, daysOverdue, supersededBy, delivery, null);
    }

    /** This row, its letter chased by the follow-up {@code reference} (or by none, when null). */
    public TrackerRow followedUpBy(String reference) {
        return new TrackerRow(letter, status, responded, daysTaken, daysOverdue, supersededBy, delivery, reference);
    }

    public TrackerRow(IssuedLetter letter, TrackerStatus status, LocalDate responded, Integer daysTaken,
            Integer daysOverdue, String supersededBy) {
        this(letter, status, responded, daysTaken, daysOverdue, supersededBy, LetterDelivery.NONE);
    }

    private static final Messages ENGLISH = Messages.builtIn("en-GB");

    /** "7 January 2020". */
    public static String text(LocalDate date) {
        return ENGLISH.date(date);
    }

    /**
     * The status as a sentence: "awaiting", "responded 15 January 2020 (8 days)", "overdue by 3 days",
     * "no response by deadline (responded 20 January 2020, after 13 days)", "superseded by CE-2020-005";
     * then the chain: "overdue by 3 days, followed up by CE-2020-002-F1", "awaiting, follow-up 1 to CE-2020-002".
     */
    public String statusText() {
        return statusText(ENGLISH);
    }

    /**
     * The status in the language of {@code words}, then the chain: "en retard de 3 jours, relancée par
     * CE-2020-002-F1".
     */
    public String statusText(Messages words) {
        String chain = chainText(words);
        return ownStatusText(words) + (chain.isEmpty() ? "" : ", " + chain);
    }

    /**
     * Where the letter stands in its chain: "follow-up 1 to CE-2020-002", "followed up by
     * CE-2020-002-F1", both, or empty for a letter with no follow-up.
     */
    public String chainText() {
        return chainText(ENGLISH);
    }

    /** Where the letter stands in its chain, in the language of {@code words}. */
    public String chainText(Messages words) {
        String follows = letter.isFollowUp() ? words.text("tracker.followUpTo", "round", letter.round(), "reference",
                letter.follows()) : "";
        String chased = followedUpBy == null ? "" : words.text("tracker.followedUpBy", "reference", followedUpBy);
        return follows.isEmpty() || chased.isEmpty() ? follows + chased : follows + ", " + chased;
    }

    /** The letter's own status, without its chain: "overdue by 3 days". */
    public String ownStatusText() {
        return ownStatusText(ENGLISH);
    }

    /** The letter's own status in the language of {@code words}: "en retard de 3 jours". */
    public String ownStatusText(Messages words) {
        return switch (status) {
            case AWAITING -> words.text("tracker.awaiting");
            case RESPONDED -> words.text("tracker.responded", "date", words.date(responded), "days", daysTaken,
                    "email", String.valueOf(delivery.repliedByEmail()));
            case OVERDUE -> delivery.sent() == null ? words.text("tracker.overdue", "days", daysOverdue)
                    : words.text("tracker.overdue.sent", "days", daysOverdue, "sent", words.date(delivery.sent()));
            case NO_RESPONSE_BY_DEADLINE -> words.text("tracker.late", "date", words.date(responded), "days",
                    daysTaken);
            case SUPERSEDED -> words.text("tracker.superseded", "reference", supersededBy);
            case NOT_SENT -> delivery.detail().isEmpty() ? words.text("tracker.notSent")
                    : words.text("tracker.notSent.detail", "detail", delivery.detail());
            case SENT -> words.text("tracker.sent", "sent", words.date(delivery.sent()));
            case BOUNCED -> words.text("tracker.bounced", "detail", delivery.detail());
            case UNCERTAIN -> words.text("tracker.uncertain", "detail", delivery.detail());
        };
    }
}
