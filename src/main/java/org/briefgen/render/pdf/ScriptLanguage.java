package org.briefgen.render.pdf;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

/**
 * The language a screen reader should read a run of text in when its script is not the document's:
 * a Hebrew or Greek name inside an English letter gets {@code /Lang} of its own on its span (PDF/UA),
 * rather than being read with English rules. Only a script that says its language plainly is named
 * (Hebrew, Greek, Arabic, Armenian, Georgian, Thai, Korean, Japanese's kana, Chinese); a Latin name
 * in an Arabic letter, or a Cyrillic one, names no language, since its script does not say which.
 */
final class ScriptLanguage {

    private static final Map<UnicodeScript, String> LANGUAGES = Map.of(UnicodeScript.HEBREW, "he",
            UnicodeScript.GREEK, "el", UnicodeScript.ARABIC, "ar", UnicodeScript.ARMENIAN, "hy",
            UnicodeScript.GEORGIAN, "ka", UnicodeScript.THAI, "th", UnicodeScript.HANGUL, "ko",
            UnicodeScript.HIRAGANA, "ja", UnicodeScript.KATAKANA, "ja", UnicodeScript.HAN, "zh");
    private static final Set<UnicodeScript> NEUTRAL = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED,
            UnicodeScript.UNKNOWN);

    /**
     * The scripts of the first code points (Latin and its extensions, where most letters' text is),
     * as {@link UnicodeScript#of} gives them: looked up in this table rather than searched for.
     */
    private static final UnicodeScript[] FIRST = new UnicodeScript[0x370];

    static {
        for (int cp = 0; cp < FIRST.length; cp++) {
            FIRST[cp] = UnicodeScript.of(cp);
        }
    }

    private ScriptLanguage() {
    }

    /** The script of {@code cp}, as {@link UnicodeScript#of} gives it. */
    static UnicodeScript script(int cp) {
        return cp >= 0 && cp < FIRST.length ? FIRST[cp] : UnicodeScript.of(cp);
    }

    /** The language of {@code text} when it is in one script that is not {@code documentLanguage}'s; else null. */
    static String of(String text, String documentLanguage) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            UnicodeScript script = script(cp);
            if (!NEUTRAL.contains(script)) {
                scripts.add(script);
            }
            i += Character.charCount(cp);
        }
        if (scripts.isEmpty()) {
            return null;
        }
        // Japanese writes kanji beside its kana, Korean hanja beside hangul
        boolean kana = scripts.contains(UnicodeScript.HIRAGANA) || scripts.contains(UnicodeScript.KATAKANA);
        if (kana || scripts.contains(UnicodeScript.HANGUL)) {
            scripts.remove(UnicodeScript.HAN);
            if (kana) {
                scripts.remove(UnicodeScript.KATAKANA);
                scripts.add(UnicodeScript.HIRAGANA);
            }
        }
        if (scripts.size() != 1) {
            return null;
        }
        UnicodeScript script = scripts.iterator().next();
        String language = LANGUAGES.get(script);
        if (language == null || writes(documentLanguage, script)) {
            return null;
        }
        return language;
    }

    /**
     * {@code text} cut where its script changes (spaces and punctuation go with the script before them),
     * so that a Greek name set in the house font beside English words is a span of its own; one piece
     * when it has one script.
     */
    static java.util.List<String> pieces(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        UnicodeScript current = null;
        int start = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            UnicodeScript script = script(cp);
            if (!NEUTRAL.contains(script)) {
                if (current != null && script != current && !(kanji(script) && kanji(current))) {
                    // the neutral characters just before (a space) stay with the run before
                    out.add(text.substring(start, i));
                    start = i;
                }
                current = script;
            }
            i += Character.charCount(cp);
        }
        out.add(text.substring(start));
        return out;
    }

    private static boolean kanji(UnicodeScript s) {
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA;
    }

    /** Whether {@code language} is written in {@code script} (ICU's likely script for it, Japanese's several). */
    private static boolean writes(String language, UnicodeScript script) {
        ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
        for (int code : UScript.getCode(locale)) {
            String name = UScript.getName(code);
            if (name.equalsIgnoreCase(script.name()) || (locale.getLanguage().equals("ja")
                    && (script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA))
                    || (locale.getLanguage().equals("ko") && script == UnicodeScript.HAN)) {
                return true;
            }
        }
        return false;
    }
}
