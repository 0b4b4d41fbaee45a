package org.briefgen.publish;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which personal e-mail addresses and phone numbers are removed from a reply before it is published.
 * An address the letter was sent to is the company's own published contact address, printed on our
 * letter: it is kept. Every other address is removed, and so is every run of 9 to 15 digits written
 * as a phone number is (a leading +, and up to two spaces, dots, dashes or brackets between digits),
 * unless it starts with an ISO date. {@link #NONE} keeps everything. The same patterns serve a
 * reply's text and a PDF reply's pages ({@link PdfRedaction}).
 */
final class Redaction {

    /** Keeps every address and number: {@code publish --no-redact}. */
    static final Redaction NONE = new Redaction(null, Set.of(), Labels.ENGLISH);

    private static final String LOCAL = "A-Za-z0-9._%+'-";
    private static final String ADDRESS = "[" + LOCAL + "]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
    private static final Pattern ANY_ADDRESS = Pattern.compile(ADDRESS);
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?!\\d{4}-\\d{2}-\\d{2})\\+?\\(?\\d(?:[ ().\\-\\u00a0]{0,2}\\d){8,14}(?!\\w)");

    private final Pattern email;
    private final Set<String> kept;
    private final Labels labels;

    private Redaction(Pattern email, Set<String> kept, Labels labels) {
        this.email = email;
        this.kept = kept;
        this.labels = labels;
    }

    /** Redaction keeping only the addresses in {@code channels} ("email a@b.org; post …"), the letter's own. */
    static Redaction keeping(String channels) {
        return keeping(channels, Labels.ENGLISH);
    }

    /** The same, its marks in the words of {@code labels}: "[e-mail address removed]". */
    static Redaction keeping(String channels, Labels labels) {
        Set<String> kept = new TreeSet<>();
        Matcher m = ANY_ADDRESS.matcher(channels == null ? "" : channels);
        while (m.find()) {
            kept.add(m.group().toLowerCase(Locale.ROOT));
        }
        String except = kept.isEmpty() ? "" : "(?!(?:" + kept.stream().map(Pattern::quote).collect(Collectors
                .joining("|")) + ")(?![A-Za-z0-9-]|\\.[A-Za-z0-9]))";
        return new Redaction(Pattern.compile("(?<![" + LOCAL + "])" + except + ADDRESS, Pattern.CASE_INSENSITIVE),
                kept, labels);
    }

    /** {@code text} with personal addresses and phone numbers replaced by a mark; null stays null. */
    String apply(String text) {
        if (!on() || text == null) {
            return text;
        }
        String withoutAddresses = email.matcher(text).replaceAll(Matcher.quoteReplacement(labels.get(
                "redacted.email")));
        return PHONE.matcher(withoutAddresses).replaceAll(Matcher.quoteReplacement(labels.get("redacted.phone")));
    }

    /** The patterns of what is removed: addresses (but the letter's own) and phone numbers. */
    List<Pattern> patterns() {
        return List.of(email, PHONE);
    }

    /** Whether redaction is on. */
    boolean on() {
        return email != null;
    }

    /** The addresses kept, in lower case. */
    Set<String> kept() {
        return kept;
    }
}
