package org.briefgen.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.rules.Tracker;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.archive.rules.TrackerStatus;

/**
 * What the archive knew of one campaign's correspondence on a day: each company's letter, its
 * follow-ups, its standing response and its outcome. Pure: the archive's rows and the day are given.
 */
public final class Correspondence {

    private Correspondence() {
    }

    /**
     * The publication of campaign {@code campaign} as on {@code asOf}: only letters dated by then,
     * only responses received by then (corrections and withdrawals always apply: they put right
     * what was recorded in error).
     */
    public static Publication of(String campaign, List<IssuedLetter> letters, List<Response> responses,
            List<DeliveryRow> deliveries, List<InboxRecord> inbox, LocalDate asOf) {
        IssuedLetter first = letters.stream().filter(l -> known(l, campaign, asOf)).findFirst().orElse(null);
        return publication(campaign, first, asOf, records(campaign, letters, responses, deliveries, inbox, asOf,
                null).stream().map(Publication.Listed::of).toList());
    }

    /** The publication's head from {@code first}, the campaign's first letter dated by {@code asOf} (null: none). */
    static Publication publication(String campaign, IssuedLetter first, LocalDate asOf,
            List<Publication.Listed> companies) {
        return new Publication(campaign, first == null ? campaign : first.campaignTitle(), first == null ? ""
                : first.subject(), first == null ? "" : first.organisation(),
                first == null ? null
                        : first.letterDate(),
                first == null ? null : first.deadline(), asOf, companies);
    }

    /** Whether {@code letter} is of {@code campaign} and dated by {@code asOf}. */
    static boolean known(IssuedLetter letter, String campaign, LocalDate asOf) {
        return letter.campaign().equals(campaign) && !letter.letterDate().isAfter(asOf);
    }

    /**
     * Each company of {@code campaign} written to in {@code letters}, as on {@code asOf}, in the order first
     * written to. {@code letters} may be some of the campaign's companies with all their letters and rows
     * (a page): then {@code sending} says whether briefgen sends the campaign's letters (see
     * {@link Tracker#sends}); null when the rows are the whole archive's and say it themselves.
     */
    static List<CompanyRecord> records(String campaign, List<IssuedLetter> letters, List<Response> responses,
            List<DeliveryRow> deliveries, List<InboxRecord> inbox, LocalDate asOf, Boolean sending) {
        List<IssuedLetter> known = letters.stream().filter(l -> known(l, campaign, asOf)).toList();
        Map<String, TrackerStatus> statuses = new HashMap<>();
        List<TrackerRow> rows = sending == null ? Tracker.rows(known, responses, deliveries, inbox, asOf, false)
                : Tracker.rows(known, responses, deliveries, inbox, asOf, false, sending ? Set.of(campaign)
                        : Set.of());
        for (TrackerRow row : rows) {
            statuses.put(row.letter().reference(), row.status());
        }
        Map<String, String> supersedes = new HashMap<>();
        known.forEach(l -> {
            if (l.supersedes() != null) {
                supersedes.put(l.reference(), l.supersedes());
            }
        });
        Map<String, List<Response>> byReference = new HashMap<>();
        responses.forEach(r -> byReference.computeIfAbsent(r.reference(), k -> new ArrayList<>()).add(r));
        List<CompanyRecord> companies = new ArrayList<>();
        for (List<IssuedLetter> group : byRecipient(known)) {
            Set<String> references = new HashSet<>();
            for (IssuedLetter l : group) {
                for (String r = l.reference(); r != null; r = supersedes.get(r)) {
                    references.add(r);
                }
            }
            List<Response> own = new ArrayList<>();
            references.forEach(r -> own.addAll(byReference.getOrDefault(r, List.of())));
            Optional<Response> response = standing(own, asOf);
            IssuedLetter letter = group.get(0);
            List<IssuedLetter> followUps = group.subList(1, group.size());
            companies.add(new CompanyRecord(letter, followUps, outcome(letter, followUps, response, statuses, asOf),
                    response.orElse(null)));
        }
        return companies;
    }

    /**
     * The letters to each recipient, in the order first written to: the letter, then its follow-ups
     * by round (as the archive links them, so a correction of the letter issued after a follow-up
     * still comes first). Letters replaced by a correction are left out (the correction stands in
     * their place). The one place that decides what is a follow-up.
     */
    static List<List<IssuedLetter>> byRecipient(List<IssuedLetter> letters) {
        Set<String> replaced = new HashSet<>();
        letters.forEach(l -> {
            if (l.supersedes() != null) {
                replaced.add(l.supersedes());
            }
        });
        Map<String, List<IssuedLetter>> groups = new LinkedHashMap<>();
        letters.stream().sorted(Comparator.comparingInt(IssuedLetter::entryNo))
                .filter(l -> !replaced.contains(l.reference()))
                .forEach(l -> groups.computeIfAbsent(l.campaign() + "\u0000" + l.recipientId(),
                        k -> new ArrayList<>()).add(l));
        groups.values().forEach(g -> g.sort(Comparator.comparingInt(IssuedLetter::round)));
        return List.copyOf(groups.values());
    }

    private static Outcome outcome(IssuedLetter letter, List<IssuedLetter> followUps, Optional<Response> response,
            Map<String, TrackerStatus> statuses, LocalDate asOf) {
        if (response.isPresent()) {
            return response.get().received().isAfter(letter.deadline()) ? Outcome.RESPONDED_LATE : Outcome.RESPONDED;
        }
        List<IssuedLetter> all = new ArrayList<>(followUps);
        all.add(letter);
        boolean undelivered = all.stream().map(l -> statuses.get(l.reference())).allMatch(s -> s != null
                && (s == TrackerStatus.BOUNCED || s == TrackerStatus.NOT_SENT || s == TrackerStatus.UNCERTAIN));
        if (undelivered) {
            return Outcome.NOT_DELIVERED;
        }
        LocalDate last = all.stream().map(IssuedLetter::deadline).max(Comparator.naturalOrder()).orElseThrow();
        return asOf.isAfter(last) ? Outcome.DID_NOT_RESPOND : Outcome.AWAITING;
    }

    /** The earliest-received response still standing (not corrected or withdrawn) and received by {@code asOf}. */
    private static Optional<Response> standing(List<Response> responses, LocalDate asOf) {
        Set<Integer> replaced = new HashSet<>();
        responses.forEach(r -> {
            if (r.supersedes() != null) {
                replaced.add(r.supersedes());
            }
        });
        return responses.stream().filter(r -> r.kind() != ResponseKind.WITHDRAWAL)
                .filter(r -> !replaced.contains(r.entryNo()))
                .filter(r -> r.received() != null && !r.received().isAfter(asOf))
                .min(Comparator.comparing(Response::received).thenComparingInt(Response::entryNo));
    }
}
