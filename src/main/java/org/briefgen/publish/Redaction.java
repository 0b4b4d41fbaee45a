package org.briefgen.publish;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal e-mail addresses and phone numbers from a reply's text before it is published.
 * An address the letter was sent to is the company's own published contact address, printed on
 * our letter: it is kept. Every other address, and every run of 9 to 15 digits written as a phone
 * number is (spaces, dots, dashes, brackets and a leading + allowed between them), is replaced by
 * a mark saying what was removed. {@link #NONE} keeps everything.
 */
final class Redaction {

    /** Keeps every address and number: {@code publish --no-redact}. */
    static final Redaction NONE = new Redaction(false, Set.of());

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().\\-\\u00a0]{6,}\\d(?!\\w)");

    private final boolean on;
    private final Set<String> kept;

    private Redaction(boolean on, Set<String> kept) {
        this.on = on;
        this.kept = kept;
    }

    /** Redaction keeping only the addresses in {@code channels} ("email a@b.org; post …"), the letter's own. */
    static Redaction keeping(String channels) {
        Set<String> kept = new TreeSet<>();
        Matcher m = EMAIL.matcher(channels == null ? "" : channels);
        while (m.find()) {
            kept.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new Redaction(true, kept);
    }

    /** {@code text} with personal addresses and phone numbers replaced; null stays null. */
    String apply(String text) {
        if (!on || text == null) {
            return text;
        }
        StringBuilder emails = new StringBuilder();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            m.appendReplacement(emails, Matcher.quoteReplacement(kept.contains(m.group().toLowerCase(Locale.ROOT))
                    ? m.group() : Labels.get("redacted.email")));
        }
        m.appendTail(emails);
        StringBuilder phones = new StringBuilder();
        Matcher p = PHONE.matcher(emails);
        while (p.find()) {
            long digits = p.group().chars().filter(Character::isDigit).count();
            p.appendReplacement(phones, Matcher.quoteReplacement(digits >= 9 && digits <= 15 && !isDate(p.group())
                    ? Labels.get("redacted.phone") : p.group()));
        }
        p.appendTail(phones);
        return phones.toString();
    }

    /** Whether redaction is on. */
    boolean on() {
        return on;
    }

    private static boolean isDate(String s) {
        // an ISO date, perhaps with the hour after it: "2020-01-15 10" is not a phone number
        return s.strip().matches("\\d{4}-\\d{2}-\\d{2}(\\D.*)?");
    }
}
