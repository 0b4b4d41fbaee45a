package org.briefgen.archive.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;

/**
 * Where each letter stands on a given day: awaiting, responded (when and after how many days),
 * overdue (by how many days), or answered only after its deadline. Pure: the day is given.
 *
 * <p>A corrected letter's responses count for the correction that replaced it, and a response to a
 * letter or to any follow-up chasing it counts for them all (see {@link Threads}); a response
 * received after the day is not yet known on that day. Each letter's follow-ups come right after it.
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
        return rows(letters, responses, List.of(), List.of(), asOf, withSuperseded);
    }

    /**
     * The same, with what became of each letter's e-mail: a letter not responded to is {@code sent},
     * {@code bounced} (never overdue: it did not arrive), {@code uncertain} or {@code not sent}. A letter
     * with no delivery rows keeps the statuses above (it may have been sent by hand, or posted), unless
     * it has an e-mail in a campaign whose other letters briefgen sent: then it is {@code not sent}. Only a
     * send makes a campaign one briefgen sends: a {@code bounced} row (read from the inbox) does not.
     */
    public static List<TrackerRow> rows(List<IssuedLetter> letters, List<Response> responses,
            List<DeliveryRow> deliveries, List<InboxRecord> inbox, LocalDate asOf, boolean withSuperseded) {
        // a campaign is one briefgen sends only once send handed (or tried to hand) one of its letters over, by
        // the day: a bounce read from the inbox is not a send, and never changes another letter's status
        Set<String> sendingCampaigns = new HashSet<>();
        Map<String, String> campaigns = new HashMap<>();
        letters.forEach(l -> campaigns.put(l.reference(), l.campaign()));
        deliveries.stream().filter(d -> campaigns.containsKey(d.reference()) && sends(d, asOf))
                .forEach(d -> sendingCampaigns.add(campaigns.get(d.reference())));
        return rows(letters, responses, deliveries, inbox, asOf, withSuperseded, sendingCampaigns);
    }

    /**
     * Whether delivery row {@code row} makes its letter's campaign one briefgen sends on {@code asOf}: it
     * handed the letter over (or tried to) by that day; a bounce read from the inbox is not a send.
     */
    public static boolean sends(DeliveryRow row, LocalDate asOf) {
        return row.kind() != DeliveryKind.BOUNCED && !LetterDelivery.day(row).isAfter(asOf);
    }

    /**
     * As {@link #rows(List, List, List, List, LocalDate, boolean)} for some of a campaign's letters (a
     * page of its companies, with all their rows), told which campaigns briefgen sends ({@link #sends}
     * of any of their letters' rows).
     */
    public static List<TrackerRow> rows(List<IssuedLetter> letters, List<Response> responses,
            List<DeliveryRow> deliveries, List<InboxRecord> inbox, LocalDate asOf, boolean withSuperseded,
            Set<String> sendingCampaigns) {
        Map<String, List<DeliveryRow>> byLetter = new HashMap<>();
        deliveries.forEach(d -> byLetter.computeIfAbsent(d.reference(), r -> new ArrayList<>()).add(d));
        Set<Integer> byEmail = new HashSet<>();
        inbox.forEach(m -> {
            if (m.responseEntry() != null) {
                byEmail.add(m.responseEntry());
            }
        });
        Map<String, String> supersededBy = new HashMap<>();
        Map<String, String> followedUpBy = new HashMap<>();
        for (IssuedLetter l : letters) {
            if (l.supersedes() != null) {
                supersededBy.put(l.supersedes(), l.reference());
            }
        }
        // a correction stands in for the letter it corrects: a follow-up to that letter chases it too
        for (IssuedLetter l : letters) {
            if (l.follows() != null) {
                followedUpBy.put(standing(l.follows(), supersededBy), l.reference());
            }
        }
        Threads threads = Threads.of(letters);
        Map<String, List<Response>> byThread = byThread(threads, responses);
        Map<String, TrackerRow> rows = new LinkedHashMap<>();
        for (IssuedLetter l : letters) {
            String newer = supersededBy.get(l.reference());
            if (newer != null) {
                if (withSuperseded) {
                    rows.put(l.reference(), new TrackerRow(l, TrackerStatus.SUPERSEDED, null, null, null, newer));
                }
                continue;
            }
            List<Response> own = byThread.getOrDefault(threads.root(l.reference()), List.of());
            Optional<Response> first = firstStanding(own, asOf);
            LetterDelivery delivery = LetterDelivery.of(byLetter.getOrDefault(l.reference(), List.of()), asOf,
                    first.map(r -> byEmail.contains(r.entryNo())).orElse(false));
            boolean unsent = delivery.latest().isEmpty() && sendingCampaigns.contains(l.campaign())
                    && l.files().stream().anyMatch(f -> f.path().endsWith(".eml"));
            rows.put(l.reference(), row(l, first.map(Response::received), delivery, unsent, asOf)
                    .followedUpBy(followedUpBy.get(l.reference())));
        }
        return inChains(rows, followedUpBy, supersededBy);
    }

    /**
     * The letters whose thread (the letter, its corrections, its follow-ups) has a standing response,
     * however late: what {@code send} passes over unless told {@code --include-responded}.
     */
    public static Set<String> responded(List<IssuedLetter> letters, List<Response> responses) {
        Threads threads = Threads.of(letters);
        Map<String, List<Response>> byThread = byThread(threads, responses);
        Set<String> answered = new HashSet<>();
        for (IssuedLetter l : letters) {
            if (firstStanding(byThread.getOrDefault(threads.root(l.reference()), List.of()), LocalDate.MAX)
                    .isPresent()) {
                answered.add(l.reference());
            }
        }
        return answered;
    }

    /**
     * Each thread's responses, in the order given, by the thread's first letter: found once, rather than by going
     * through every response for every letter (a campaign of 20,000 letters with 2,000 responses).
     */
    private static Map<String, List<Response>> byThread(Threads threads, List<Response> responses) {
        Map<String, List<Response>> byThread = new HashMap<>();
        responses.forEach(r -> byThread.computeIfAbsent(threads.root(r.reference()), t -> new ArrayList<>()).add(r));
        return byThread;
    }

    /** The letter that stands for {@code reference}: its latest correction, or itself. */
    private static String standing(String reference, Map<String, String> supersededBy) {
        String at = reference;
        for (String newer = supersededBy.get(at); newer != null; newer = supersededBy.get(at)) {
            at = newer;
        }
        return at;
    }

    /** The rows in the order issued, but each letter's follow-ups (those with rows) right after it. */
    private static List<TrackerRow> inChains(Map<String, TrackerRow> rows, Map<String, String> followedUpBy,
            Map<String, String> supersededBy) {
        List<TrackerRow> ordered = new ArrayList<>();
        // looked up in a set: asking the map for a value goes through all of it, for every follow-up (60,000
        // letters after two rounds at 20,000 companies took 20 s)
        Set<String> chasing = new HashSet<>(followedUpBy.values());
        for (TrackerRow r : rows.values()) {
            if (r.letter().follows() != null && rows.containsKey(standing(r.letter().follows(), supersededBy))
                    && chasing.contains(r.letter().reference())) {
                continue;
            }
            ordered.add(r);
            for (String next = followedUpBy.get(r.letter().reference()); next != null
                    && rows.containsKey(next); next = followedUpBy.get(next)) {
                ordered.add(rows.get(next));
            }
        }
        return ordered;
    }

    /** Only the rows of campaign {@code campaign} (all when null). */
    public static List<TrackerRow> ofCampaign(List<TrackerRow> rows, String campaign) {
        return campaign == null ? rows : rows.stream().filter(r -> r.letter().campaign().equals(campaign)).toList();
    }

    private static TrackerRow row(IssuedLetter l, Optional<LocalDate> received, LetterDelivery delivery,
            boolean unsent, LocalDate asOf) {
        if (received.isPresent()) {
            LocalDate r = received.get();
            // a response recorded against the letter a follow-up chases may be dated before the follow-up
            int taken = Math.max(0, (int) ChronoUnit.DAYS.between(l.letterDate(), r));
            TrackerStatus status = r.isAfter(l.deadline()) ? TrackerStatus.NO_RESPONSE_BY_DEADLINE
                    : TrackerStatus.RESPONDED;
            return new TrackerRow(l, status, r, taken, null, null, delivery);
        }
        TrackerStatus sent = unsent ? TrackerStatus.NOT_SENT : delivery.status();
        if (sent != null && sent != TrackerStatus.SENT) {
            // not delivered, or not known to be: no deadline runs against the company
            return new TrackerRow(l, sent, null, null, null, null, delivery);
        }
        if (asOf.isAfter(l.deadline())) {
            return new TrackerRow(l, TrackerStatus.OVERDUE, null, null, (int) ChronoUnit.DAYS.between(l.deadline(),
                    asOf), null, delivery);
        }
        return new TrackerRow(l, sent == null ? TrackerStatus.AWAITING : sent, null, null, null, null, delivery);
    }

    /** The earliest-received response still standing (not withdrawn or corrected) on {@code asOf}. */
    private static Optional<Response> firstStanding(List<Response> responses, LocalDate asOf) {
        List<Integer> replaced = responses.stream().map(Response::supersedes).filter(s -> s != null).toList();
        return responses.stream().filter(r -> r.kind() != ResponseKind.WITHDRAWAL)
                .filter(r -> !replaced.contains(r.entryNo()))
                .filter(r -> r.received() != null && !r.received().isAfter(asOf))
                .min(Comparator.comparing(Response::received));
    }
}
