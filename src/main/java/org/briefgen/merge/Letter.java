package org.briefgen.merge;

/** What is particular to one letter: its reference, dates, greeting and language. */
public record Letter(String reference, int sequence, LetterDate date, LetterDate deadline, String salutation,
        String language) {
}
