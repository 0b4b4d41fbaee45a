package org.briefgen.render.docx;

/** Text as Word may hold it: no characters XML forbids, no tabs or line breaks inside a run. */
final class WordText {

    private WordText() {
    }

    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                sb.append('\uFFFD');
            } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0
                            && Character.isHighSurrogate(text.charAt(i - 1)))) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isExternal(String destination) {
        return destination.matches("(?i)(https?|mailto):.+");
    }
}
