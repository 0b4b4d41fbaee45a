package org.briefgen.merge;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.briefgen.campaign.Survey;

/**
 * The pollster's conventional methodology statement, written from a survey's metadata:
 * "All figures, unless otherwise stated, are from YouGov Plc. Total sample size was 2072 adults.
 * Fieldwork was undertaken between 7th – 8th November 2019. …"
 */
public final class MethodologyNote {

    private MethodologyNote() {
    }

    public static String of(Survey s) {
        StringBuilder sb = new StringBuilder();
        sb.append("All figures, unless otherwise stated, are from ").append(s.pollster()).append(". ");
        sb.append("Total sample size was ").append(s.sampleSize()).append(' ').append(s.sampleUnit()).append(". ");
        if (s.fieldworkStart().equals(s.fieldworkEnd())) {
            sb.append("Fieldwork was undertaken on ").append(day(s.fieldworkStart())).append(". ");
        } else {
            sb.append("Fieldwork was undertaken between ").append(range(s.fieldworkStart(), s.fieldworkEnd()))
                    .append(". ");
        }
        sb.append("The survey was carried out ").append(s.mode()).append('.');
        if (s.weighted()) {
            sb.append(" The figures have been weighted and are representative of ").append(s.population())
                    .append('.');
        } else {
            sb.append(" The figures are unweighted.");
        }
        if (s.sourceUrl() != null) {
            sb.append(" Full results: ").append(s.sourceUrl()).append('.');
        }
        return sb.toString();
    }

    /** "7th – 8th November 2019", "28th October – 3rd November 2019", "30th December 2019 – 2nd January 2020". */
    static String range(LocalDate start, LocalDate end) {
        String first;
        if (start.getYear() != end.getYear()) {
            first = day(start);
        } else if (start.getMonth() != end.getMonth()) {
            first = ordinal(start.getDayOfMonth()) + " " + month(start);
        } else {
            first = ordinal(start.getDayOfMonth());
        }
        return first + " \u2013 " + day(end);
    }

    static String day(LocalDate date) {
        return ordinal(date.getDayOfMonth()) + " " + month(date) + " " + date.getYear();
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
