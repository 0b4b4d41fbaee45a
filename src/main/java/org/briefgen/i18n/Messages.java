package org.briefgen.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * The words briefgen writes itself, in one language: ICU messages by key (plurals, ordinals and
 * selects done by ICU), and that language's dates, numbers, percentages and quotation marks.
 * Immutable; made by {@link MessageCatalog#forLanguage}.
 */
public final class Messages {

    private final String language;
    private final Locale locale;
    private final Map<String, String> patterns;
    private final ULocale uLocale;
    /**
     * Each message's pattern parsed once per thread (ICU's formats are not thread-safe): parsing it
     * on every call was 4% of a batch's time.
     */
    private final ThreadLocal<Map<String, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);
    /** The {@code date.long} pattern, parsed on first use. */
    private volatile DateTimeFormatter longDate;
    /** The language's decimal format, one per thread; {@link #number} sets its digits each time. */
    private final ThreadLocal<NumberFormat> decimals;
    /**
     * Numbers, percentages and dates written so far on this thread, by what was written and its value
     * (a BigDecimal's scale included): a letter prints the same survey figures and fieldwork dates as
     * the next one, and ICU's formatting of them (a new year format for each date) was 3-4% of a
     * batch's time. Emptied when it reaches its bound.
     */
    private final ThreadLocal<Map<Written, String>> kept = ThreadLocal.withInitial(HashMap::new);
    private static final int WRITTEN_AT_MOST = 256;
    /**
     * Messages written so far on this thread, by key and arguments, when these are plain values (text,
     * numbers, dates): a letter's page footers, methodology notes and chart labels repeat the last
     * letter's, and ICU's formatting of them was 1% of a batch's time. Emptied when it reaches its bound.
     */
    private final ThreadLocal<Map<List<Object>, String>> texts = ThreadLocal.withInitial(HashMap::new);
    private static final int TEXTS_AT_MOST = 512;

    /** What a figure or date was written as ({@code how}) and its value. */
    private record Written(String how, Object value) {
    }

    Messages(String language, Map<String, String> patterns) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.patterns = Map.copyOf(patterns);
        this.uLocale = ULocale.forLocale(locale);
        this.decimals = ThreadLocal.withInitial(() -> NumberFormat.getNumberInstance(uLocale));
    }

    /** The built-in messages of {@code language} (English where it has none), with no campaign's own. */
    public static Messages builtIn(String language) {
        return MessageCatalog.builtIn().forLanguage(language);
    }

    /** The language tag these messages are in: "fr-FR". */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether a message is defined under {@code key}. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /**
     * The message {@code key} with its named arguments given as pairs: {@code text("page.number",
     * "page", 1, "pages", 2)}. An unknown key is a fault of briefgen's (every key has an English text).
     */
    public String text(String key, Object... namedArguments) {
        List<Object> asked = plain(namedArguments) ? asked(key, namedArguments) : null;
        Map<List<Object>, String> written = asked == null ? null : texts.get();
        String text = written == null ? null : written.get(asked);
        if (text == null) {
            text = format(key, namedArguments);
            if (written != null) {
                if (written.size() >= TEXTS_AT_MOST) {
                    written.clear();
                }
                written.put(asked, text);
            }
        }
        return text;
    }

    /** Whether every argument is a value whose equal gives the same text (and is never changed). */
    private static boolean plain(Object[] arguments) {
        for (Object argument : arguments) {
            if (!(argument instanceof String || argument instanceof Integer || argument instanceof Long
                    || argument instanceof BigDecimal || argument instanceof Boolean
                    || argument instanceof LocalDate)) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> asked(String key, Object[] arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = key;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return Arrays.asList(all);
    }

    private String format(String key, Object... namedArguments) {
        MessageFormat format = formats.get().computeIfAbsent(key, k -> {
            String pattern = patterns.get(k);
            if (pattern == null) {
                throw new IllegalArgumentException("no message '" + k + "'");
            }
            return new MessageFormat(pattern, uLocale);
        });
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < namedArguments.length; i += 2) {
            arguments.put(String.valueOf(namedArguments[i]), namedArguments[i + 1]);
        }
        return format.format(InitialSound.added(arguments));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Messages m && m.language.equals(language) && m.patterns.equals(patterns);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + patterns.hashCode();
    }

    /** A date as letters print it, by the {@code date.long} pattern: "7 January 2020", "7 janvier 2020". */
    public String date(LocalDate date) {
        // in the language's own digits, as its numbers are (ICU): ٧ يناير ٢٠٢٠ beside ٤٥٫٦٪
        DateTimeFormatter format = longDate;
        if (format == null) {
            // immutable and thread-safe: made once (two threads may both make it, alike)
            format = DateTimeFormatter.ofPattern(text("date.long"), locale).withDecimalStyle(DecimalStyle.of(locale));
            longDate = format;
        }
        return format.format(date);
    }

    /** A date with its day as an ordinal, as pollsters write it: "7th November 2019". */
    public String ordinalDate(LocalDate date) {
        return written("ordinalDate", date, this::writeOrdinalDate);
    }

    private String writeOrdinalDate(LocalDate date) {
        NumberFormat year = NumberFormat.getIntegerInstance(uLocale);
        year.setGroupingUsed(false);
        return text("date.ordinal.full", "day", ordinalDay(date), "month", month(date), "year",
                year.format(date.getYear()));
    }

    /** "7th November", "7 novembre": the date without its year. */
    public String ordinalDayMonth(LocalDate date) {
        return written("ordinalDayMonth", date,
                d -> text("date.ordinal.dayMonth", "day", ordinalDay(d), "month", month(d)));
    }

    /** "7th", "1er", "7.": the day of the month as an ordinal. */
    public String ordinalDay(LocalDate date) {
        return written("ordinalDay", date, d -> text("date.ordinal.day", "day", d.getDayOfMonth()));
    }

    private String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    /** A decimal number with as many decimals as given: "45.6", "45,6". */
    public String number(BigDecimal value) {
        return written("number", value, this::format);
    }

    private String format(BigDecimal value) {
        NumberFormat format = decimals.get();
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A percentage given in percent, as the language writes it: "45.6%", "45,6 %". */
    public String percent(BigDecimal percent) {
        return written("percent", percent, p -> text("number.percent", "value", number(p)));
    }

    /** {@code value} as {@code write} writes it, once per thread while {@code written} keeps it (bounded). */
    private <K> String written(String how, K value, Function<K, String> write) {
        Map<Written, String> kept = this.kept.get();
        Written key = new Written(how, value);
        String out = kept.get(key);
        if (out == null) {
            out = write.apply(value);
            if (kept.size() >= WRITTEN_AT_MOST) {
                kept.clear();
            }
            kept.put(key, out);
        }
        return out;
    }

    /** {@code text} between the language's quotation marks: "…" in English, « … » in French. */
    public String quoted(String text) {
        return text("quote.open") + text + text("quote.close");
    }
}
