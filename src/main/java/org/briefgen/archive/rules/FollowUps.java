package org.briefgen.archive.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;

/**
 * Which letters are due a follow-up on a day, by the archive's one rule: in round 1 each first
 * letter, in round N each follow-up of round N - 1, that the {@link Tracker} shows overdue on that
 * day (its deadline passed, no response to it or to any letter of its thread, not bounced, not left
 * unsent) and that no follow-up chases yet. Pure: the day is given.
 */
public final class FollowUps {

    /** A letter to chase: {@code chain} runs from the original letter to {@code chased}, the last. */
    public record Due(IssuedLetter chased, List<IssuedLetter> chain) {

        public Due {
            chain = List.copyOf(chain);
        }
    }

    /**
     * The round's letters: those {@code due} a follow-up, and the {@code others} of the round with
     * where they stand (followed up already, answered, not yet overdue, bounced, …), in the order issued.
     */
    public record Plan(List<Due> due, List<TrackerRow> others) {

        public Plan {
            due = List.copyOf(due);
            others = List.copyOf(others);
        }

        /** The round's letters that a follow-up chases already. */
        public List<TrackerRow> followedUp() {
            return others.stream().filter(r -> r.followedUpBy() != null).toList();
        }
    }

    private FollowUps() {
    }

    /** The plan of follow-up round {@code round} (from 1) for campaign {@code campaign} on {@code asOf}. */
    public static Plan plan(List<IssuedLetter> letters, List<Response> responses, List<DeliveryRow> deliveries,
            List<InboxRecord> inbox, String campaign, LocalDate asOf, int round) {
        if (round < 1) {
            throw new IllegalArgumentException("follow-up rounds count from 1, not " + round);
        }
        Map<String, IssuedLetter> byReference = new HashMap<>();
        letters.forEach(l -> byReference.put(l.reference(), l));
        List<Due> due = new ArrayList<>();
        List<TrackerRow> others = new ArrayList<>();
        for (TrackerRow row : Tracker.ofCampaign(Tracker.rows(letters, responses, deliveries, inbox, asOf, false),
                campaign)) {
            if (row.letter().round() != round - 1) {
                continue;
            }
            if (row.status() == TrackerStatus.OVERDUE && row.followedUpBy() == null) {
                List<IssuedLetter> chain = new ArrayList<>();
                for (IssuedLetter at = row.letter(); at != null; at = at.isFollowUp() ? byReference.get(at.follows())
                        : null) {
                    chain.add(0, at);
                }
                due.add(new Due(row.letter(), chain));
            } else {
                others.add(row);
            }
        }
        return new Plan(due, others);
    }
}
