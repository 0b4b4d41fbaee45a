package org.briefgen.render.post;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a short public post from its text (rendered from a plain-text template) and counts it as
 * the platform counts: twitter-text's weighted length, in which a link counts 23 whatever its
 * length, most Latin, Greek and Cyrillic characters and common punctuation count 1, other
 * characters (CJK, emoji) count 2, and the limit is 280.
 *
 * <p>Links are found as the platform finds them, approximately: addresses starting with
 * {@code http://} or {@code https://}, and bare domains such as {@code example.org/path}. The
 * approximation errs towards counting more, never less.
 *
 * <p>Immutable; build one and share it.
 */
public final class PostRenderer {

    /** The platform's limit, in weighted characters. */
    public static final int LIMIT = 280;
    /** What a link counts, whatever its length (the platform shortens every link to this). */
    public static final int LINK_LENGTH = 23;

    private static final Pattern LINK = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}@._-])(?:https?://[^\\s<>\"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}"
                    + "(?::\\d+)?(?:/[^\\s<>\"]*)?)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'\")\\]]+$");

    /** A post's text and its length as the platform counts it. */
    public record Post(String text, int length) {

        /** Whether the platform accepts it. */
        public boolean fits() {
            return length <= LIMIT;
        }

        /** The text as a file holds it: UTF-8, ending with a line break. */
        public byte[] bytes() {
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The post of {@code text}: Unicode-normalised (NFC, as the platform does before counting),
     * line ends as {@code \n}, spaces at line ends and blank lines at either end removed.
     */
    public Post render(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return new Post(normal, count(normal));
    }

    /** The weighted length of {@code text}. */
    public static int count(String text) {
        int length = 0;
        int from = 0;
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            String link = TRAILING_PUNCTUATION.matcher(links.group()).replaceFirst("");
            length += weighted(text.substring(from, links.start())) + LINK_LENGTH;
            from = links.start() + link.length();
        }
        return length + weighted(text.substring(from));
    }

    /**
     * Each character by its weight, where a character is what a reader sees as one: a letter with
     * its combining marks, an emoji with its modifiers, variation selectors and the emoji joined
     * to it, a flag (two regional indicators).
     */
    private static int weighted(String text) {
        int length = 0;
        boolean joining = false;
        boolean flagOpen = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0x200D) {
                joining = true;
                continue;
            }
            boolean regional = c >= 0x1F1E6 && c <= 0x1F1FF;
            if (joining || extendsPrevious(c) || (regional && flagOpen)) {
                joining = false;
                flagOpen = false;
                continue;
            }
            flagOpen = regional;
            length += weight(c);
        }
        return length;
    }

    private static boolean extendsPrevious(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
    }

    /** twitter-text's configuration (v3): these ranges count 1, everything else 2. */
    private static int weight(int codePoint) {
        if (codePoint <= 0x10FF || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F) || (codePoint >= 0x2032 && codePoint <= 0x2037)) {
            return 1;
        }
        return 2;
    }
}
