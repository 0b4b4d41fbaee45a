package org.briefgen.render.post;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a short public post from its text (rendered from a plain-text template) and counts it as
 * the platform counts ({@link Rules}). Twitter: twitter-text's weighted length, in which a link
 * counts 23 whatever its length, most Latin, Greek and Cyrillic characters and common punctuation
 * count 1, other characters (CJK, emoji) count 2, and the limit is 280. Mastodon: 500 characters
 * as a reader sees them (grapheme clusters), a web address counting 23 and a mention of another
 * server's account ({@code @name@server}) counting as {@code @name}. Bluesky: 300 characters as a
 * reader sees them, links as written.
 *
 * <p>Links are found as the platform finds them, approximately: addresses starting with
 * {@code http://} or {@code https://}, and bare domains such as {@code example.org/path}. The
 * approximation errs towards counting more, never less.
 *
 * <p>Immutable; build one and share it.
 */
public final class PostRenderer {

    /** Twitter's limit, in weighted characters. */
    public static final int LIMIT = 280;
    /** What a link counts on Twitter and Mastodon, whatever its length (they shorten every link to this). */
    public static final int LINK_LENGTH = 23;

    /**
     * How a platform counts a post: its {@code limit}; what a link counts ({@code linkLength}, or
     * 0 when links count as written); Twitter's {@code weighted} length or else grapheme clusters;
     * whether a mention of another server's account counts only its name.
     */
    public record Rules(String platform, int limit, int linkLength, boolean weighted, boolean shortMentions) {
        public static final Rules TWITTER = new Rules("Twitter", LIMIT, LINK_LENGTH, true, false);
        public static final Rules MASTODON = new Rules("Mastodon", 500, LINK_LENGTH, false, true);
        public static final Rules BLUESKY = new Rules("Bluesky", 300, 0, false, false);

        /** "a link counts 23; at most 280 allowed": the rule a user needs to shorten a post. */
        public String describe() {
            return (linkLength > 0 ? "a link counts " + linkLength : "links count as written") + "; at most " + limit
                    + " allowed";
        }
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"]+");
    private static final Pattern REMOTE_MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@.])(@[A-Za-z0-9_]+)@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    private final Rules rules;

    /** A post writer counting as Twitter counts. */
    public PostRenderer() {
        this(Rules.TWITTER);
    }

    /** A post writer counting by {@code rules}. */
    public PostRenderer(Rules rules) {
        this.rules = rules;
    }

    public Rules rules() {
        return rules;
    }

    private static final Pattern LINK = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}@._-])(?:https?://[^\\s<>\"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}"
                    + "(?::\\d+)?(?:/[^\\s<>\"]*)?)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'\")\\]]+$");

    /** A post's text, its length as the platform counts it, and the platform's limit. */
    public record Post(String text, int length, int limit) {

        /** Whether the platform accepts it. */
        public boolean fits() {
            return length <= limit;
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
        return new Post(normal, length(normal), rules.limit());
    }

    /** The length of {@code text} as this writer's platform counts it. */
    public int length(String text) {
        if (rules.weighted()) {
            return count(text);
        }
        String countable = text;
        if (rules.shortMentions()) {
            countable = REMOTE_MENTION.matcher(countable).replaceAll("$1");
        }
        if (rules.linkLength() > 0) {
            StringBuilder sb = new StringBuilder();
            Matcher links = WEB_ADDRESS.matcher(countable);
            int from = 0;
            while (links.find()) {
                String link = TRAILING_PUNCTUATION.matcher(links.group()).replaceFirst("");
                sb.append(countable, from, links.start()).append("x".repeat(rules.linkLength()));
                from = links.start() + link.length();
            }
            countable = sb.append(countable.substring(from)).toString();
        }
        return graphemes(countable);
    }

    /** Characters as a reader sees them: a letter with its marks, an emoji sequence, a flag. */
    private static int graphemes(String text) {
        com.ibm.icu.text.BreakIterator clusters = com.ibm.icu.text.BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int count = 0;
        while (clusters.next() != com.ibm.icu.text.BreakIterator.DONE) {
            count++;
        }
        return count;
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
        for (int i = 0; i < text.length();) {
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
