package org.briefgen.merge;

import java.util.Locale;
import java.util.Set;

/**
 * The title a contact's name begins with, as written ("Frau Dr. Weiß", "Madame la Directrice",
 * "Sra. García"), for a greeting to agree with it: {@code feminine}, {@code masculine}, {@code title}
 * (a title of no grammatical gender, "Dr." or "Maître") or {@code other} (a bare name). The messages
 * choose by it ({@code letter.salutation.named}'s {@code title}), and print the name as written.
 */
final class ContactTitle {

    private static final Set<String> FEMININE = Set.of("madame", "mme", "mademoiselle", "mlle", "frau", "fräulein",
            "sra", "señora", "srta", "señorita", "doña", "dña", "mrs", "ms", "miss", "signora", "sig.ra", "mevrouw");
    private static final Set<String> MASCULINE = Set.of("monsieur", "m", "herr", "sr", "señor", "don", "mr",
            "signor", "sig", "meneer", "de heer");
    private static final Set<String> TITLES = Set.of("dr", "prof", "professor", "docteur", "professeur", "maître",
            "me", "doctor", "dra", "doctora", "lic", "ing");

    private ContactTitle() {
    }

    /** The kind of title {@code name} begins with. */
    static String of(String name) {
        String first = name.strip().split("[\\s\\u00A0]+", 2)[0].toLowerCase(Locale.ROOT);
        String word = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
        if (FEMININE.contains(word) || FEMININE.contains(first)) {
            return "feminine";
        }
        if (MASCULINE.contains(word)) {
            return "masculine";
        }
        return TITLES.contains(word) ? "title" : "other";
    }
}
