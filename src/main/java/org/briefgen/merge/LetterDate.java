package org.briefgen.merge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date as a letter prints it ("7 January 2020"); templates get the text, code the date. */
public record LetterDate(LocalDate date, String text) {

    static LetterDate of(LocalDate date, Locale locale) {
        return new LetterDate(date, DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date));
    }

    /** ISO form, 2020-01-07. */
    public String iso() {
        return date.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
