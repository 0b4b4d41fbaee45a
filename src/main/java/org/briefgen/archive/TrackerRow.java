package org.briefgen.archive;

import java.time.LocalDate;

import org.briefgen.i18n.Messages;

/**
 * One letter in the tracker: its status on the tracker's day, the date of its response (or null),
 * the days the response took from the letter's date, the days past the deadline without one, and
 * the letter that superseded it (or null), and what became of its e-mail ({@link LetterDelivery#NONE}
 * when briefgen never sent it).
 */
public record TrackerRow(IssuedLetter letter, TrackerStatus status, LocalDate responded, Integer daysTaken,
        Integer daysOverdue, String supersededBy, LetterDelivery delivery) {

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
     * "no response by deadline (responded 20 January 2020, after 13 days)", "superseded by CE-2020-005".
     */
    public String statusText() {
        return statusText(ENGLISH);
    }

    /** The status as a sentence in the language of {@code words}: "en retard de 3 jours". */
    public String statusText(Messages words) {
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
