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
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\'' && apostrophe) {
                        out.append("&#39;");
                    } else {
                        plain.append(out, c);
                    }
                }
            }
        }
        return out.toString();
    }
}
