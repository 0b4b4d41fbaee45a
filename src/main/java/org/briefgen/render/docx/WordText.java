package org.briefgen.render.docx;

import org.briefgen.document.RunText;

/** Text as Word may hold it: no characters XML forbids, no tabs or line breaks inside a run. */
final class WordText {

    private WordText() {
    }

    static String clean(String text) {
        return RunText.of(text);
    }

    static boolean isExternal(String destination) {
        return destination.matches("(?i)(https?|mailto):.+");
    }
}
