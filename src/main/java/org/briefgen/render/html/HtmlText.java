package org.briefgen.render.html;

/** Text and attribute values as HTML: every character that could be markup is a character reference. */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Only links a reader can safely follow are links: web and mail addresses. */
    static boolean isExternal(String destination) {
        return destination.matches("(?i)(https?|mailto):[^\\s]+");
    }
}
