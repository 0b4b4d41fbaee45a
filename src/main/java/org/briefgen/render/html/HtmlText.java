package org.briefgen.render.html;

import org.briefgen.render.Markup;

/** Text and attribute values as HTML: every character that could be markup is a character reference. */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} as HTML; a control character other than a tab or line feed as U+FFFD. */
    static String escape(String text) {
        return Markup.escape(text, true,
                (out, c) -> out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f ? '\uFFFD' : c));
    }

    /** Only links a reader can safely follow are links: web and mail addresses. */
    static boolean isExternal(String destination) {
        return destination.matches("(?i)(https?|mailto):[^\\s]+");
    }
}
