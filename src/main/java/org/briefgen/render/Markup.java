package org.briefgen.render;

/** Text as XML or HTML markup: every character that could be markup is a character reference. */
public final class Markup {

    /** Writes a character that is not markup: as it is, or, for one the format forbids, replaced or left out. */
    public interface Plain {
        void append(StringBuilder out, char c);
    }

    private Markup() {
    }

    /**
     * {@code text} with {@code & < > "} (and {@code '} when {@code apostrophe}) as references, each other
     * character as {@code plain} writes it.
     */
    public static String escape(String text, boolean apostrophe, Plain plain) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String reference = reference(c, apostrophe);
            if (reference == null) {
                plain.append(out, c);
            } else {
                out.append(reference);
            }
        }
        return out.toString();
    }

    /** The character reference {@code c} is written as, or null where it is no markup. */
    private static String reference(char c, boolean apostrophe) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> apostrophe ? "&#39;" : null;
            default -> null;
        };
    }
}
