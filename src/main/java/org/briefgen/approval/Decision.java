package org.briefgen.approval;

import java.util.List;

/**
 * An approval or a rejection of a campaign's letters as they would then have been issued, by an
 * officer, with a comment, as the archive records it in its {@code approvals} chain: the letters,
 * and the SHA-256 of the research briefing that goes with them (null when the campaign has none).
 */
public record Decision(int entryNo, String campaign, boolean approved, String officer, String comment,
        String briefingSha256, List<Candidate> letters, String recordedAt, String previousSha256, String sha256) {

    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    public Decision {
        letters = List.copyOf(letters);
    }

    /** A decision not yet recorded: the archive gives it its entry, time and hashes. */
    public static Decision of(String campaign, boolean approved, String officer, String comment,
            String briefingSha256, List<Candidate> letters) {
        return new Decision(0, campaign, approved, officer, comment, briefingSha256, letters, null, null, null);
    }

    /** "approved" or "rejected". */
    public String verb() {
        return approved ? APPROVED : REJECTED;
    }

    /** "approval #3 by alice at 2026-12-05T10:00:00Z", for messages. */
    public String describe() {
        return (approved ? "approval" : "rejection") + " #" + entryNo + " by " + officer + " at " + recordedAt;
    }

    public Decision with(int entry, String at, String previous) {
        return new Decision(entry, campaign, approved, officer, comment, briefingSha256, letters, at, previous, null);
    }

    /**
     * The letters it names, by reference, for a list of decisions: all of them up to twelve; beyond, a
     * decision may name a campaign's every letter, so their count, the first two and the last
     * ("20,000 letters: DEMO-00001, DEMO-00002 … DEMO-20000").
     */
    public String lettersInBrief() {
        List<String> references = letters.stream().map(Candidate::reference).toList();
        return references.size() <= 12 ? String.join(", ", references) : String.format(java.util.Locale.ROOT,
                "%,d letters: %s, %s … %s", references.size(), references.get(0), references.get(1), references.get(
                        references.size() - 1));
    }

    /** This decision without its letters: what a verdict keeps of it (its entry, officer, time, comment and briefing). */
    public Decision withoutLetters() {
        return new Decision(entryNo, campaign, approved, officer, comment, briefingSha256, List.of(), recordedAt,
                previousSha256, sha256);
    }

    public Decision withSha256(String rowSha256) {
        return new Decision(entryNo, campaign, approved, officer, comment, briefingSha256, letters, recordedAt,
                previousSha256, rowSha256);
    }
}
