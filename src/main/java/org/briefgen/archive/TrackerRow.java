package org.briefgen.archive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One letter in the tracker: its status on the tracker's day, the date of its response (or null),
 * the days the response took from the letter's date, the days past the deadline without one, and
 * the letter that superseded it (or null).
 */
public record TrackerRow(IssuedLetter letter, TrackerStatus status, LocalDate responded, Integer daysTaken,
        Integer daysOverdue, String supersededBy) {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "7 January 2020". */
    public static String text(LocalDate date) {
        return TEXT.format(date);
    }

    /**
     * The status as a sentence: "awaiting", "responded 15 January 2020 (8 days)", "overdue by 3 days",
     * "no response by deadline (responded 20 January 2020, after 13 days)", "superseded by CE-2020-005".
     */
    public String statusText() {
        return switch (status) {
            case AWAITING -> "awaiting";
            case RESPONDED -> "responded " + text(responded) + " (" + days(daysTaken) + ")";
            case OVERDUE -> "overdue by " + days(daysOverdue);
            case NO_RESPONSE_BY_DEADLINE -> "no response by deadline (responded " + text(responded) + ", after "
                    + days(daysTaken) + ")";
            case SUPERSEDED -> "superseded by " + supersededBy;
        };
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
