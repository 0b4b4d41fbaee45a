package org.briefgen.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Every word the publication shows, from {@code labels.properties} beside this class: one file, so
 * that the words can move into briefgen's message bundles in one step.
 */
final class Labels {

    private static final Properties LABELS = load();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Labels() {
    }

    /** The label {@code key} with {@code {0}}, {@code {1}}… replaced by {@code values}. */
    static String get(String key, Object... values) {
        String text = LABELS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("labels.properties has no label '" + key + "'");
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** "7 January 2020". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "1 day", "8 days". */
    static String days(long n) {
        return n == 1 ? get("days.one") : get("days.many", n);
    }

    private static Properties load() {
        Properties labels = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from briefgen's jar");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
