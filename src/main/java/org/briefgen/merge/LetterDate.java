package org.briefgen.merge;

import java.time.LocalDate;

import org.briefgen.i18n.Messages;

/** A date as a letter prints it ("7 January 2020", "7 janvier 2020"); templates get the text, code the date. */
public record LetterDate(LocalDate date, String text) {

    static LetterDate of(LocalDate date, Messages messages) {
        return new LetterDate(date, messages.date(date));
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
