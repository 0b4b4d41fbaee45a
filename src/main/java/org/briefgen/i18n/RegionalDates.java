package org.briefgen.i18n;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A date as the reader's own country writes it: for a tag with a region ({@code en-US}, {@code de-AT})
 * whose messages give no {@code date.long} of their own, the long date of that locale in the
 * Common Locale Data Repository, in the Gregorian calendar ("January 7, 2020", "7. Jänner 2020"),
 * rather than the language's ("7 January 2020"). A campaign's messages file for the language or
 * the tag still decides.
 */
final class RegionalDates {

    static final String KEY = "date.long";

    private RegionalDates() {
    }

    /**
     * Puts the region's long date into {@code patterns} when {@code tags} (the tag, then its language)
     * name a region and neither the tag's built-in messages nor the campaign's for the tag or its
     * language give one.
     */
    static void apply(Map<String, String> patterns, List<String> tags, Map<String, Map<String, String>> builtIn,
            Map<String, Map<String, String>> overrides) {
        if (tags.size() < 2) {
            return;
        }
        Locale locale = Locale.forLanguageTag(tags.get(0));
        if (locale.getCountry().isEmpty()) {
            return;
        }
        boolean given = builtIn.getOrDefault(tags.get(0), Map.of()).containsKey(KEY) || tags.stream().anyMatch(
                t -> overrides.getOrDefault(t, Map.of()).containsKey(KEY));
        if (!given) {
            patterns.put(KEY, DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                    IsoChronology.INSTANCE, locale));
        }
    }
}
