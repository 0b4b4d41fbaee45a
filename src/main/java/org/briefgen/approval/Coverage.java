package org.briefgen.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rule of four eyes: a letter is issued only under an approval that covers exactly what would be
 * issued (its files, and the briefing that goes with them), given by an officer other than the one
 * who issues it. For each letter, the latest decision that names it counts: a rejection after an
 * approval stops it, an approval after a change lets it through.
 */
public final class Coverage {

    /** Where a letter stands: the approval that covers it, or why none does. */
    public record Verdict(Candidate letter, Decision decision, Status status, String reason) {

        /** Whether the letter may be issued by the officer it was judged for. */
        public boolean covered() {
            return status == Status.APPROVED && reason == null;
        }

        /** "CE-2020-004 (Amazon UK): never approved". */
        public String line() {
            return letter.describe() + ": " + (reason == null ? "approved (" + decision.describe() + ")" : reason);
        }
    }

    /** A letter's standing whoever issues it. */
    public enum Status {
        /** Approved as it would be issued now. */
        APPROVED,
        /** Rejected as it would be issued now (or rejected, and changed since). */
        REJECTED,
        /** Never approved, or changed since its approval. */
        AWAITING;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Coverage() {
    }

    /**
     * Judges each of {@code pending} against the decisions {@code decisions} gives (each once, in the
     * order recorded; only the latest naming each letter is kept, without its other letters), for
     * {@code issuer} (null: judged for no one in particular, so the same-officer rule does not apply);
     * {@code briefingSha256} is the briefing that would go with them now (null: none).
     */
    public static List<Verdict> assess(List<Candidate> pending, String briefingSha256,
            Consumer<Consumer<Decision>> decisions, String issuer) {
        Set<String> keys = new HashSet<>();
        pending.forEach(c -> keys.add(c.key()));
        Map<String, Decision> latest = new HashMap<>();
        Map<String, Candidate> then = new HashMap<>();
        decisions.accept(d -> {
            Decision header = null;
            for (Candidate c : d.letters()) {
                if (keys.contains(c.key())) {
                    header = header == null ? d.withoutLetters() : header;
                    latest.put(c.key(), header);
                    then.put(c.key(), c);
                }
            }
        });
        List<Verdict> verdicts = new ArrayList<>();
        for (Candidate letter : pending) {
            verdicts.add(assess(letter, briefingSha256, latest.get(letter.key()), then.get(letter.key()), issuer));
        }
        return verdicts;
    }

    /** The letters of {@code verdicts} that cannot be issued, one line each with why; empty when all are covered. */
    public static List<String> refusals(List<Verdict> verdicts) {
        return verdicts.stream().filter(v -> !v.covered()).map(Verdict::line).toList();
    }

    private static Verdict assess(Candidate letter, String briefingSha256, Decision latest, Candidate then,
            String issuer) {
        if (latest == null) {
            return new Verdict(letter, null, Status.AWAITING, "never approved");
        }
        List<String> changes = changes(then, letter, latest.briefingSha256(), briefingSha256);
        String since = changes.isEmpty() ? "" : "; changed since: " + String.join(", ", changes);
        if (!latest.approved()) {
            return new Verdict(letter, latest, Status.REJECTED, "rejected (" + latest.describe() + ")"
                    + (latest.comment() == null ? "" : ": " + latest.comment()) + since);
        }
        if (!changes.isEmpty()) {
            return new Verdict(letter, latest, Status.AWAITING, "changed since its " + latest.describe() + ": "
                    + String.join(", ", changes));
        }
        if (issuer != null && issuer.strip().equalsIgnoreCase(latest.officer())) {
            return new Verdict(letter, latest, Status.APPROVED, "approved by " + latest.officer() + ", who cannot"
                    + " also issue it: another officer issues it (" + latest.describe() + ")");
        }
        return new Verdict(letter, latest, Status.APPROVED, null);
    }

    /** What differs between a letter as approved and as it would be issued now, in words; empty when nothing. */
    static List<String> changes(Candidate then, Candidate now, String briefingThen, String briefingNow) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(then.dataSha256(), now.dataSha256())) {
            changes.add("its data");
        }
        if (!Objects.equals(then.templatesSha256(), now.templatesSha256())) {
            changes.add("the templates");
        }
        if (!Objects.equals(then.styleSha256(), now.styleSha256())) {
            changes.add("the house style");
        }
        if (!Objects.equals(then.reference(), now.reference())) {
            changes.add("its reference (approved as " + then.reference() + ")");
        }
        boolean briefing = !Objects.equals(briefingThen, briefingNow);
        // the e-mail attaches the briefing: a changed briefing explains changed files
        if (!Objects.equals(then.filesSha256(), now.filesSha256()) && changes.isEmpty() && !briefing) {
            changes.add("its files");
        }
        if (briefing) {
            changes.add("the research briefing");
        }
        return changes;
    }

    /** The latest approved version of each letter to {@code recipientIds} (any kind), by recipient, for a comparison. */
    public static Map<String, Candidate> lastApproved(Set<String> recipientIds,
            Consumer<Consumer<Decision>> decisions) {
        Map<String, Candidate> found = new HashMap<>();
        decisions.accept(d -> {
            if (d.approved()) {
                for (Candidate c : d.letters()) {
                    if (recipientIds.contains(c.recipientId())) {
                        found.put(c.recipientId(), c);
                    }
                }
            }
        });
        return found;
    }

    /**
     * The approval that covered an issued letter: the latest decision recorded before {@code issuedAt}
     * that names the letter with reference {@code reference}, when it is an approval (without its letters).
     */
    public static Optional<Decision> coveredIssue(String reference, String issuedAt,
            Consumer<Consumer<Decision>> decisions) {
        java.time.Instant issued = java.time.Instant.parse(issuedAt);
        List<Decision> found = new ArrayList<>(1);
        decisions.accept(d -> {
            if (!java.time.Instant.parse(d.recordedAt()).isAfter(issued) && d.letters().stream().anyMatch(c -> c
                    .reference().equals(reference))) {
                found.clear();
                found.add(d.withoutLetters());
            }
        });
        return found.stream().findFirst().filter(Decision::approved);
    }
}
