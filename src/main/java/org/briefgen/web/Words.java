package org.briefgen.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.briefgen.archive.rules.TrackerStatus;
import org.briefgen.i18n.Messages;

/**
 * The words the workbench's pages write from the message bundles, one language across pages, charts and
 * exports: where a letter stands in a word ({@code tracker.status.*}: "no response by deadline", never
 * "late" on one page and that on another), dates as the tracker and the letters write them ("7 January
 * 2020") and a moment with its time in the officer's zone ("5 December 2026, 07:16 CET"), never the
 * archive's "2026-12-05T06:16:25.291Z".
 */
final class Words {

    private static final Messages WORDS = Messages.builtIn("en-GB");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z", Locale.UK);

    private final ZoneId zone;

    Words(ZoneId zone) {
        this.zone = zone;
    }

    /** The officer's zone: the workbench's machine's own. */
    static Words officers() {
        return new Words(ZoneId.systemDefault());
    }

    ZoneId zone() {
        return zone;
    }

    /** Where a letter stands, in a word: "no response by deadline". */
    static String status(TrackerStatus status) {
        // NO_RESPONSE_BY_DEADLINE is the key noResponseByDeadline
        StringBuilder key = new StringBuilder();
        for (String part : status.name().toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return WORDS.text("tracker.status." + key);
    }

    /**
     * The word for a campaign page's status key ({@code to-issue}, {@code late}, {@code not-sent}, …: the
     * statuses' keys, and {@code to-issue} for a recipient with no letter yet).
     */
    static String status(String key) {
        return key.equals("to-issue") ? WORDS.text("tracker.status.toIssue") : key.equals("late") ? status(
                TrackerStatus.NO_RESPONSE_BY_DEADLINE)
                : status(TrackerStatus.valueOf(key.toUpperCase(Locale.ROOT)
                        .replace('-', '_')));
    }

    /** "overdue by 3 days", as the tracker says it of a letter whose deadline passed that long ago. */
    static String overdue(long days) {
        return WORDS.text("tracker.overdue", "days", days);
    }

    /** "7 January 2020"; empty for none. */
    String day(LocalDate date) {
        return date == null ? "" : WORDS.date(date);
    }

    /**
     * A moment the archive recorded (ISO-8601, with its offset or Z; a plain date too), as "5 December 2026,
     * 07:16 CET" in the officer's zone; text that is neither is shown as it is, empty for none.
     */
    String moment(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        ZonedDateTime at;
        try {
            at = OffsetDateTime.parse(iso).atZoneSameInstant(zone);
        } catch (DateTimeParseException notOffset) {
            try {
                at = Instant.parse(iso).atZone(zone);
            } catch (DateTimeParseException notInstant) {
                try {
                    return day(LocalDate.parse(iso));
                } catch (DateTimeParseException notDate) {
                    return iso;
                }
            }
        }
        return WORDS.date(at.toLocalDate()) + ", " + TIME.format(at);
    }
}
