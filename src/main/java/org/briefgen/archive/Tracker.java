package org.briefgen.archive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each letter stands on a given day: awaiting, responded (when and after how many days),
 * overdue (by how many days), or answered only after its deadline. Pure: the day is given.
 *
 * <p>A corrected letter's responses count for the correction that replaced it; a response
 * received after the day is not yet known on that day.
 */
public final class Tracker {

    private Tracker() {
    }

    /**
     * One row per letter in the order issued; letters replaced by a correction are left out unless
     * {@code withSuperseded}.
     */
    public static List<TrackerRow> rows(List<IssuedLetter> letters, List<Response> responses, LocalDate asOf,
            boolean withSuperseded) {
        Map<String, IssuedLetter> byReference = new HashMap<>();
        Map<String, String> supersededBy = new HashMap<>();
        for (IssuedLetter l : letters) {
            byReference.put(l.reference(), l);
            if (l.supersedes() != null) {
                supersededBy.put(l.supersedes(), l.reference());
            }
        }
        List<TrackerRow> rows = new ArrayList<>();
        for (IssuedLetter l : letters) {
            String newer = supersededBy.get(l.reference());
            if (newer != null) {
                if (withSuperseded) {
                    rows.add(new TrackerRow(l, TrackerStatus.SUPERSEDED, null, null, null, newer));
                }
                continue;
            }
            List<String> chain = new ArrayList<>();
            for (IssuedLetter at = l; at != null; at = at.supersedes() == null ? null
                    : byReference.get(at.supersedes())) {
                chain.add(at.reference());
            }
            List<Response> own = responses.stream().filter(r -> chain.contains(r.reference())).toList();
            rows.add(row(l, firstStanding(own, asOf), asOf));
        }
        return rows;
    }

    /** Only the rows of campaign {@code campaign} (all when null). */
    public static List<TrackerRow> ofCampaign(List<TrackerRow> rows, String campaign) {
        return campaign == null ? rows : rows.stream().filter(r -> r.letter().campaign().equals(campaign)).toList();
    }

    private static TrackerRow row(IssuedLetter l, Optional<LocalDate> received, LocalDate asOf) {
        if (received.isPresent()) {
            LocalDate r = received.get();
            int taken = (int) ChronoUnit.DAYS.between(l.letterDate(), r);
            TrackerStatus status = r.isAfter(l.deadline()) ? TrackerStatus.NO_RESPONSE_BY_DEADLINE
                    : TrackerStatus.RESPONDED;
            return new TrackerRow(l, status, r, taken, null, null);
        }
        if (asOf.isAfter(l.deadline())) {
            return new TrackerRow(l, TrackerStatus.OVERDUE, null, null, (int) ChronoUnit.DAYS.between(l.deadline(),
                    asOf), null);
        }
        return new TrackerRow(l, TrackerStatus.AWAITING, null, null, null, null);
    }

    /** The earliest received date among the responses still standing (not withdrawn or corrected) on {@code asOf}. */
    private static Optional<LocalDate> firstStanding(List<Response> responses, LocalDate asOf) {
        List<Integer> replaced = responses.stream().map(Response::supersedes).filter(s -> s != null).toList();
        return responses.stream().filter(r -> r.kind() != ResponseKind.WITHDRAWAL)
                .filter(r -> !replaced.contains(r.entryNo())).map(Response::received)
                .filter(d -> d != null && !d.isAfter(asOf)).min(Comparator.naturalOrder());
    }

    /** The rows as a table for CSV or XLSX: dates as dates, days as numbers. */
    public static Sheet sheet(List<TrackerRow> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (TrackerRow r : rows) {
            IssuedLetter l = r.letter();
            cells.add(Arrays.asList(l.reference(), l.campaign(), l.company(), l.letterDate(), l.deadline(),
                    r.status().key(), r.responded(), r.daysTaken(), r.daysOverdue()));
        }
        return new Sheet("Responses", List.of("reference", "campaign", "company", "issued", "deadline", "status",
                "responded", "days_taken", "days_overdue"), cells);
    }
}
