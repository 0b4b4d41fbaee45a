package org.briefgen.document;

/**
 * A run of text as a writer may put it down: tabs and line ends become spaces (a run has no line
 * breaks of its own), and characters no reader should get (control characters, DEL, the
 * non-characters U+FFFE and U+FFFF, a surrogate without its pair) become U+FFFD.
 */
public final class RunText {

    private RunText() {
    }

    public static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7f || c == 0xFFFE || c == 0xFFFF || unpaired(text, i)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean unpaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
