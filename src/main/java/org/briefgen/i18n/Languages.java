package org.briefgen.i18n;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Language tags as data and file names give them ("fr-FR", "fr"): checked, and their fallbacks. */
public final class Languages {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    /** Whether {@code tag} is a well-formed BCP 47 tag naming a language ISO 639 knows. */
    public static boolean known(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            return ISO_LANGUAGES.contains(locale.getLanguage());
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The tag's primary language, lower case: "fr" for "fr-FR". */
    public static String primary(String tag) {
        return Locale.forLanguageTag(tag.strip()).getLanguage();
    }

    /** The tag and then the shorter tags that stand in for it: "fr-FR", "fr". */
    public static List<String> fallbacks(String tag) {
        List<String> tags = new ArrayList<>();
        String canonical = Locale.forLanguageTag(tag.strip()).toLanguageTag();
        tags.add(canonical);
        String primary = primary(tag);
        if (!primary.isEmpty() && !primary.equals(canonical)) {
            tags.add(primary);
        }
        return tags;
    }

    /** Whether two tags name the same language ("en-GB" and "en-US" do). */
    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    /** The language's English name, for messages: "French (France)". */
    public static String name(String tag) {
        return Locale.forLanguageTag(tag.strip()).getDisplayName(Locale.UK);
    }
}
