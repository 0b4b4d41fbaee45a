package org.briefgen.publish;

import java.util.Locale;
import java.util.Set;

/**
 * Which response files a publication may copy as they were received, even unredacted: only kinds a
 * browser shows and never runs. An HTML, SVG or XML file (or any other kind not listed) may carry
 * script that would run in the reader's browser, in the publication's own origin, on a site that
 * promises none: it is published as its text, or not at all.
 */
final class ActiveContent {

    /** Shown, never run, by a browser opening them from the site. */
    private static final Set<String> PASSIVE = Set.of("pdf", "txt", "eml", "docx", "png", "jpg", "jpeg", "gif",
            "webp");

    private ActiveContent() {
    }

    /** Whether a file with this extension (lower case, no dot; empty when none) may be copied as received. */
    static boolean copiable(String extension) {
        return PASSIVE.contains(extension.toLowerCase(Locale.ROOT));
    }
}
