package org.briefgen.merge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a campaign's reference pattern into a letter's reference: {@code CE-{year}-{seq:3}} gives
 * {@code CE-2020-001} for the first recipient of a letter dated 2020.
 */
final class ReferencePattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(year|campaign|id|seq)(?::(\\d))?}");

    private ReferencePattern() {
    }

    static String format(String pattern, int year, String campaignId, String recipientId, int sequence) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> Integer.toString(year);
                case "campaign" -> campaignId;
                case "id" -> recipientId;
                default -> {
                    int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                    yield zeroPadded(sequence, width);
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The reference of the {@code round}-th follow-up to the letter {@code original}: {@code CE-2020-002-F1}
     * for the first, {@code CE-2020-002-F2} for the second. The one home of that rule.
     */
    static String followUp(String original, int round) {
        return original + "-F" + round;
    }

    /** As {@code String.format("%0" + width + "d", n)} does it, for the numbers a sequence has. */
    static String zeroPadded(int n, int width) {
        if (n < 0) {
            return String.format("%0" + width + "d", n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
