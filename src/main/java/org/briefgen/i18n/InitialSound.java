package org.briefgen.i18n;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * How a value begins, for a message to join it to the word before as its language does: each text
 * argument {@code x} of a message also gives {@code x_sound}, {@code vowel} when its first letter
 * is a vowel (accents aside: "Écoute" too) and {@code other} otherwise. French elides by it:
 * {@code {name_sound, select, vowel {d’{name}} other {de {name}}}} writes "d’Appli SG", "de Maisonnette".
 */
final class InitialSound {

    private InitialSound() {
    }

    /** {@code arguments} with each text argument's {@code _sound} beside it (one given already is kept). */
    static Map<String, Object> added(Map<String, Object> arguments) {
        Map<String, Object> all = new HashMap<>(arguments);
        arguments.forEach((name, value) -> {
            if (value instanceof CharSequence text) {
                all.putIfAbsent(name + "_sound", of(text.toString()));
            }
        });
        return all;
    }

    /** "vowel" or "other", by the first letter of {@code text}. */
    static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return "aeiouyAEIOUY".indexOf(base.charAt(0)) >= 0 ? "vowel" : "other";
            }
        }
        return "other";
    }
}
