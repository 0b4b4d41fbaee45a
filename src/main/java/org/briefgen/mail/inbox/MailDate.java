package org.briefgen.mail.inbox;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Date header read as RFC 5322 writes it, or in the obsolete forms it still allows; null when it is not a date. */
final class MailDate {

    /** RFC 5322 section 4.3: the zone names of old, and two-digit years. */
    private static final Map<String, String> OLD_ZONES = Map.of("UT", "+0000", "GMT", "+0000",
            "EST", "-0500", "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "MST", "-0700", "MDT", "-0600",
            "PST", "-0800", "PDT", "-0700");
    private static final Pattern ZONE = Pattern.compile(" ([A-Za-z]{1,3})$");
    private static final Pattern SHORT_YEAR = Pattern.compile("^((?:[A-Za-z]{3}, )?\\d{1,2} [A-Za-z]{3} )(\\d{2}) ");

    private MailDate() {
    }

    static OffsetDateTime parse(String value) {
        if (value == null || value.length() > 200) {
            return null;
        }
        // comments such as "(UTC)" and runs of spaces are allowed by the grammar and refused by the parser
        String v = value.replaceAll("\\([^()]*\\)", " ").replaceAll("\\s+", " ").strip();
        Matcher zone = ZONE.matcher(v);
        if (zone.find()) {
            // a military letter other than Z carries no information (RFC 5322): read as -0000
            String offset = OLD_ZONES.getOrDefault(zone.group(1).toUpperCase(Locale.ROOT), "+0000");
            v = v.substring(0, zone.start()) + " " + offset;
        }
        Matcher year = SHORT_YEAR.matcher(v);
        if (year.find()) {
            int yy = Integer.parseInt(year.group(2));
            v = year.group(1) + (yy < 50 ? 2000 + yy : 1900 + yy) + v.substring(year.end() - 1);
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
