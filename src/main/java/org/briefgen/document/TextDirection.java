package org.briefgen.document;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which way a language is written. A letter in a right-to-left language (Arabic, Hebrew, Persian,
 * Urdu…) is laid out right to left by every writer; {@link DocumentInfo#language} is all they need.
 */
public enum TextDirection {
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT;

    /** Languages (ISO 639 codes) written right to left by default. */
    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw",
            "ks", "ps", "sd", "ug", "ur", "yi");
    /** Scripts (ISO 15924) written right to left, for tags that name one (az-Arab, pa-Arab). */
    private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm",
            "rohg");
    private static final Set<String> LEFT_TO_RIGHT_SCRIPTS = Set.of("latn", "cyrl");

    /** Tags read so far, at most {@link #KEPT}: every layout of a letter asks for its language's direction. */
    private static final Map<String, TextDirection> READ = new ConcurrentHashMap<>();
    private static final int KEPT = 256;

    /** The direction of a BCP 47 language tag ({@code ar-SA}, {@code he}, {@code ur-PK}, {@code ku-Latn}). */
    public static TextDirection of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return LEFT_TO_RIGHT;
        }
        TextDirection known = READ.get(languageTag);
        if (known == null) {
            known = read(languageTag);
            if (READ.size() < KEPT) {
                READ.put(languageTag, known);
            }
        }
        return known;
    }

    private static TextDirection read(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        String script = locale.getScript().toLowerCase(Locale.ROOT);
        if (RIGHT_TO_LEFT_SCRIPTS.contains(script)) {
            return RIGHT_TO_LEFT;
        }
        if (LEFT_TO_RIGHT_SCRIPTS.contains(script) || !script.isEmpty()) {
            return LEFT_TO_RIGHT;
        }
        String language = locale.getLanguage();
        return RIGHT_TO_LEFT_LANGUAGES.contains(language) ? RIGHT_TO_LEFT : LEFT_TO_RIGHT;
    }

    public boolean isRightToLeft() {
        return this == RIGHT_TO_LEFT;
    }

    /** The HTML {@code dir} value: {@code ltr} or {@code rtl}. */
    public String html() {
        return this == RIGHT_TO_LEFT ? "rtl" : "ltr";
    }
}
