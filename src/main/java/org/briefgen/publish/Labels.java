package org.briefgen.publish;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.briefgen.i18n.Messages;

/**
 * The publication's words in one language: a thin wrapper over {@link Messages}, whose keys under
 * {@code publication.} (the {@code publication} set of briefgen's message bundles, or a campaign's
 * own) are every word the publication shows a reader.
 */
final class Labels {

    /** British English, briefgen's own words: what a publication says when its campaign's language is not known. */
    static final Labels ENGLISH = new Labels(Messages.builtIn("en-GB"));

    private final Messages messages;

    Labels(Messages messages) {
        this.messages = messages;
    }

    /** The messages these labels are taken from (the PDF report's document carries them). */
    Messages messages() {
        return messages;
    }

    /** The label {@code key} (without its {@code publication.} prefix) with its named arguments given as pairs. */
    String get(String key, Object... namedArguments) {
        return messages.text("publication." + key, namedArguments);
    }

    /** "7 January 2020", "7 janvier 2020". */
    String date(LocalDate date) {
        return messages.date(date);
    }

    /** A label as the term of a "term: value" line, with its colon and space: "Summary: ", "Résumé : ". */
    String term(String label) {
        return get("term", "label", label) + " ";
    }

    /** A count as the language writes it. */
    String count(long n) {
        return messages.number(BigDecimal.valueOf(n));
    }

    /** The language tag of the pages: "en-GB", "fr-FR". */
    String language() {
        return messages.language();
    }
}
