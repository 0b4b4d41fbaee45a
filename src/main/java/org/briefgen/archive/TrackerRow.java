package org.briefgen.archive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "7 January 2020". */
    public static String text(LocalDate date) {
        return TEXT.format(date);
    }

    /**
     * The status as a sentence: "awaiting", "responded 15 January 2020 (8 days)", "overdue by 3 days",
     * "no response by deadline (responded 20 January 2020, after 13 days)", "superseded by CE-2020-005";
     * then the chain: "overdue by 3 days, followed up by CE-2020-002-F1", "awaiting, follow-up 1 to CE-2020-002".
     */
    public String statusText() {
        String chain = chainText();
        return ownStatusText() + (chain.isEmpty() ? "" : ", " + chain);
    }

    /**
     * Where the letter stands in its chain: "follow-up 1 to CE-2020-002", "followed up by
     * CE-2020-002-F1", both, or empty for a letter with no follow-up.
     */
    public String chainText() {
        String follows = letter.isFollowUp() ? "follow-up " + letter.round() + " to " + letter.follows() : "";
        String chased = followedUpBy == null ? "" : "followed up by " + followedUpBy;
        return follows.isEmpty() || chased.isEmpty() ? follows + chased : follows + ", " + chased;
    }

    /** The letter's own status, without its chain: "overdue by 3 days". */
    public String ownStatusText() {
        return switch (status) {
            case AWAITING -> "awaiting";
            case RESPONDED -> "responded " + text(responded) + " (" + days(daysTaken) + ")" + (delivery.repliedByEmail()
                    ? " by e-mail" : "");
            case OVERDUE -> "overdue by " + days(daysOverdue) + (delivery.sent() == null ? ""
                    : " (sent " + text(delivery.sent()) + ")");
            case NO_RESPONSE_BY_DEADLINE -> "no response by deadline (responded " + text(responded) + ", after "
                    + days(daysTaken) + ")";
            case SUPERSEDED -> "superseded by " + supersededBy;
            case NOT_SENT -> "not sent" + (delivery.detail().isEmpty() ? "" : " (" + delivery.detail() + ")");
            case SENT -> "sent " + text(delivery.sent()) + ", awaiting";
            case BOUNCED -> "bounced (" + delivery.detail() + ")";
            case UNCERTAIN -> "uncertain (" + delivery.detail() + ")";
        };
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
