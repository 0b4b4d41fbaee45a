package org.briefgen.mail;

/**
 * Text from a message made safe to print on one line: control characters (a terminal's escape
 * sequences among them) and bidirectional overrides become spaces, and it is cut to a length.
 */
public final class DisplayText {

    private DisplayText() {
    }

    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < max + 1; i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || isBidiControl(c);
            if (blank) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (sb.length() > max) {
            sb.setLength(max - 1);
            if (Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
            }
            sb.append('…');
        }
        return sb.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f';
    }
}
