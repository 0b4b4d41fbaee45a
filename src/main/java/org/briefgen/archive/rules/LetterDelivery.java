package org.briefgen.archive.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;

/**
 * What became of one letter's e-mail on a day, from its delivery rows: each address's latest event
 * known by then, the day it was first sent (null if never), a detail for people (the failed
 * addresses and why), and whether its standing response came by e-mail.
 */
public record LetterDelivery(Map<String, DeliveryKind> latest, LocalDate sent, String detail, boolean repliedByEmail) {

    /** No delivery recorded: briefgen never sent it (it may have gone by hand, or by post). */
    public static final LetterDelivery NONE = new LetterDelivery(Map.of(), null, "", false);

    public LetterDelivery {
        latest = Map.copyOf(latest);
        detail = detail == null ? "" : detail;
    }

    /** From {@code rows} (this letter's, in the order recorded), those that happened by {@code asOf}. */
    static LetterDelivery of(List<DeliveryRow> rows, LocalDate asOf, boolean repliedByEmail) {
        Map<String, DeliveryRow> last = new LinkedHashMap<>();
        LocalDate sent = null;
        for (DeliveryRow r : rows) {
            LocalDate day = day(r);
            if (day.isAfter(asOf)) {
                continue;
            }
            last.put(r.address().toLowerCase(Locale.ROOT), r);
            if (r.kind() == DeliveryKind.SENT && (sent == null || day.isBefore(sent))) {
                sent = day;
            }
        }
        Map<String, DeliveryKind> latest = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (DeliveryRow r : last.values()) {
            latest.put(r.address(), r.kind());
            switch (r.kind()) {
                case BOUNCED, FAILED, DEFERRED -> notes.add(r.address() + " " + r.kind().key() + (r.detail() == null
                        ? "" : ": " + r.detail()));
                case SENDING, UNCERTAIN -> notes.add(r.address() + ": no answer recorded; check before send --resend "
                        + r.reference());
                default -> {
                }
            }
        }
        return new LetterDelivery(latest, sent, notes.stream().collect(Collectors.joining("; ")), repliedByEmail);
    }

    /** The status this delivery gives a letter with no response: null when it says nothing (never sent). */
    TrackerStatus status() {
        if (latest.isEmpty()) {
            return null;
        }
        if (latest.containsValue(DeliveryKind.SENT)) {
            return TrackerStatus.SENT;
        }
        if (latest.containsValue(DeliveryKind.SENDING) || latest.containsValue(DeliveryKind.UNCERTAIN)) {
            return TrackerStatus.UNCERTAIN;
        }
        if (latest.values().stream().allMatch(k -> k == DeliveryKind.BOUNCED || k == DeliveryKind.FAILED)) {
            return TrackerStatus.BOUNCED;
        }
        return TrackerStatus.NOT_SENT;
    }

    static LocalDate day(DeliveryRow r) {
        String when = r.at() != null ? r.at() : r.recordedAt();
        return Instant.parse(when).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
