package org.briefgen.document.markdown;

/** The fast path for front matter values: most hold no Markdown and need no parse. */
final class PlainLine {

    private PlainLine() {
    }

    /**
     * The text CommonMark reads {@code text} (one stripped line) as, when that is a paragraph of
     * plain text; null when it may hold Markdown. Plain means: it starts with a letter (so it opens
     * no list, heading, quote, fence or HTML block) and holds only letters, digits, spaces,
     * punctuation that starts no inline construct (no emphasis, code, link, image, autolink,
     * entity, footnote or table cell), backslash-escaped ASCII punctuation (as every value from the
     * data arrives) and characters beyond ASCII.
     */
    static String text(String text) {
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= text.length() || !isAsciiPunctuation(text.charAt(i + 1))) {
                    return null;
                }
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append(text.charAt(++i));
                continue;
            }
            // beyond ASCII, every character is text to CommonMark (the line was stripped of
            // white space at both ends, as the parse would see it)
            if (c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' '
                    || ",.;:'\"()/?@%+=-#$".indexOf(c) >= 0)) {
                return null;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
