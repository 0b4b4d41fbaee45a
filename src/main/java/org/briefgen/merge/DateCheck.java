package org.briefgen.merge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether letters dated {@code letterDate}, with their deadline on {@code deadline}, make sense when
 * they go out on {@code day}: not when the date is more than {@link #MAX_AGE_DAYS} days before that
 * day (the company reads a letter written long ago), nor when the deadline has passed by then (it is
 * overdue the moment it arrives). {@code generate} and {@code send} warn, and the workbench asks for
 * an explicit confirmation, in the words of {@link #confirmation(boolean)}.
 */
public record DateCheck(LocalDate letterDate, LocalDate deadline, LocalDate day) {

    /** How many days before the day it goes out a letter may be dated. */
    public static final int MAX_AGE_DAYS = 7;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public DateCheck {
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(day, "day");
    }

    /** Dated more than {@link #MAX_AGE_DAYS} days before the day. */
    public boolean old() {
        return letterDate.plusDays(MAX_AGE_DAYS).isBefore(day);
    }

    /** The deadline is before the day. */
    public boolean deadlinePassed() {
        return deadline.isBefore(day);
    }

    /** Whether the dates need a word (a warning, a confirmation). */
    public boolean questionable() {
        return old() || deadlinePassed();
    }

    /**
     * The sentence an officer confirms: "I know this letter is dated 7 January 2020 and its deadline has
     * passed" ({@code plural}: "these letters are", "their").
     */
    public String confirmation(boolean plural) {
        String letter = plural ? "these letters are" : "this letter is";
        String its = plural ? "their" : "its";
        if (old() && deadlinePassed()) {
            return "I know " + letter + " dated " + shown(letterDate) + " and " + its + " deadline has passed";
        }
        if (old()) {
            return "I know " + letter + " dated " + shown(letterDate) + ", more than " + MAX_AGE_DAYS + " days ago";
        }
        return "I know " + letter + " dated " + shown(letterDate) + " and " + its + " deadline, " + shown(deadline)
                + ", has passed";
    }

    /**
     * The warning {@code generate} and {@code send} print, naming both dates and the keys that set them:
     * {@code dateKey} (such as "letter_date in data/campaign.yaml") and {@code deadlineKey}.
     */
    public String warning(String what, String dateKey, String deadlineKey) {
        long days = ChronoUnit.DAYS.between(letterDate, day);
        StringBuilder s = new StringBuilder(what).append(" dated ").append(shown(letterDate)).append(" (")
                .append(dateKey).append("), ");
        s.append(days == 0 ? "today" : String.format(Locale.ROOT, "%,d day%s %s", Math.abs(days), Math.abs(days) == 1
                ? "" : "s", days > 0 ? "before today" : "after today")).append(", ").append(shown(day)).append("; ");
        s.append(deadlinePassed() ? "the deadline, " + shown(deadline) + " (" + deadlineKey + "), has passed: each"
                + " company would receive a letter already overdue"
                : "the deadline is " + shown(deadline) + " (" + deadlineKey + ")");
        s.append(". Set the date to a recent day, or to today (or leave it out: the day of issue).");
        return s.toString();
    }

    /** A date as the workbench and the warnings write it: 7 January 2020. */
    public static String shown(LocalDate date) {
        return date.format(SHOWN);
    }
}
