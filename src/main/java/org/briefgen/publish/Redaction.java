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
 * letter: it is kept. Every other address is removed, in any script (local parts and domains in
 * letters beyond ASCII, full-width {@code ＠} and {@code ．}), and so is one whose {@code @} or dots
 * are written as HTML character references ({@code &#64;}, {@code &commat;}, {@code &#x2e;}). A
 * phone number is a run of 9 to 30 digits of any script (full-width, Arabic-Indic …), with a
 * leading + and up to four separators between digits (spaces, dots, dashes of every width,
 * slashes, brackets; two numbers written one after the other are one run); it is removed unless it
 * is a date or a range of dates, or an amount of money (a currency sign or code beside it, a
 * decimal comma after it). {@link #NONE} keeps everything. The same patterns serve a
 * reply's text and a PDF reply's pages ({@link PdfRedaction}).
 */
final class Redaction {

    /** Keeps every address and number: {@code publish --no-redact}. */
    static final Redaction NONE = new Redaction(null, Set.of(), Labels.ENGLISH);

    private static final String LOCAL = "\\p{L}\\p{M}\\p{Nd}._%+'\\-";
    private static final String LABEL = "[\\p{L}\\p{M}\\p{Nd}\\-]+";
    private static final String AT = "(?:@|\uff20|\ufe6b|&#0*64;?|&#[xX]0*40;?|&commat;)";
    private static final String DOT = "(?:\\.|\uff0e|\u3002|\uff61|&#0*46;?|&#[xX]0*2[eE];?|&period;)";
    private static final String ADDRESS = "[" + LOCAL + "]+" + AT + LABEL + "(?:" + DOT + LABEL + ")*" + DOT
            + "(?:xn--[\\p{Alnum}\\-]+|[\\p{L}\\p{M}]{2,})";
    private static final Pattern ANY_ADDRESS = Pattern.compile(ADDRESS, Pattern.UNICODE_CHARACTER_CLASS);

    private static final String DIGIT = "\\p{Nd}";
    private static final String SEPARATOR = "[\\s\u00a0\u2007\u2009\u202f\u3000().\\-/\u2010-\u2015\u2212"
            + "\uff08\uff09\uff0e\uff0d\uff0f]";
    // a day as written in figures: 2020-01-15, 15.01.2020, 01/15/20
    private static final String DAY = "(?:[12][0-9]{3}[./\\-](?:0?[1-9]|1[0-2])[./\\-](?:0?[1-9]|[12][0-9]|3[01])"
            + "|(?:0?[1-9]|[12][0-9]|3[01])[./\\-](?:0?[1-9]|[12][0-9]|3[01])[./\\-](?:[12][0-9]{3}|[0-9]{2}))";
    private static final String CURRENCY = "(?:\\p{Sc}|\\b(?:EUR|USD|GBP|CHF|JPY|CNY|INR|AUD|CAD|SEK|NOK|DKK|PLN))";
    static final Pattern PHONE = Pattern.compile(
            // not inside a word or a run of digits, nor an amount of money
            "(?<![\\p{L}_+\uff0b][./\\-]?)(?<!" + DIGIT + SEPARATOR + "{0,4})(?<!" + CURRENCY + "[\\s\u00a0]?)"
            // not a date, nor a range of dates
                    + "(?!" + DAY + "(?:\\s?[\\-\u2013/]\\s?" + DAY + ")?(?!" + DIGIT + "|[./\\-]" + DIGIT + "))"
                    + "[+\uff0b]?[(\uff08]?" + DIGIT + "(?:" + SEPARATOR + "{0,4}" + DIGIT + "){8,29}"
                    // the whole run of digits, and no currency after it
                    + "(?!" + SEPARATOR + "{0,4}" + DIGIT + ")(?![\\p{L}_]|," + DIGIT + ")(?![\\s\u00a0]?" + CURRENCY
                    + ")",
            Pattern.UNICODE_CHARACTER_CLASS);

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
                .joining("|")) + ")(?![\\p{L}\\p{M}\\p{Nd}\\-]|\\.[\\p{L}\\p{M}\\p{Nd}]))";
        return new Redaction(Pattern.compile("(?<![" + LOCAL + "])" + except + ADDRESS, Pattern.CASE_INSENSITIVE
                | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), kept, labels);
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
