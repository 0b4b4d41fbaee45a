package org.briefgen.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rule of four eyes, letter by letter: the latest decision naming a letter counts, for another officer only. */
class CoverageTest {

    private static final Candidate AMAZON = letter("amazon-uk", "Amazon UK", "CE-2020-001", "files-a", "data-a");
    private static final Candidate NORTHWIND = letter("northwind", "Northwind", "CE-2020-002", "files-n", "data-n");

    @Test
    void aLetterNeverApprovedIsNotCovered() {
        assertThat(Coverage.refusals(Coverage.assess(List.of(AMAZON), "b", List.<Decision>of()::forEach, "bob")))
                .containsExactly("CE-2020-001 (Amazon UK): never approved");
    }

    @Test
    void anApprovalCoversTheLettersForAnotherOfficerOnly() {
        List<Decision> decisions = List.of(recorded(1, true, "alice", "b", AMAZON, NORTHWIND));
        assertThat(Coverage.assess(List.of(AMAZON, NORTHWIND), "b", decisions::forEach, "bob")).allMatch(
                Coverage.Verdict::covered);
        assertThat(Coverage.refusals(Coverage.assess(List.of(AMAZON), "b", decisions::forEach, " Alice ")))
                .singleElement()
                .asString().contains("approved by alice, who cannot also issue it");
    }

    @Test
    void aChangedLetterIsNamedAloneWithWhatChanged() {
        List<Decision> decisions = List.of(recorded(1, true, "alice", "b", AMAZON, NORTHWIND));
        Candidate changed = letter("northwind", "Northwind", "CE-2020-002", "files-n2", "data-n2");
        assertThat(Coverage.refusals(Coverage.assess(List.of(AMAZON, changed), "b", decisions::forEach, "bob")))
                .containsExactly("CE-2020-002 (Northwind): changed since its approval #1 by alice at"
                        + " 2026-12-05T10:00:01Z: its data");
        assertThat(Coverage.refusals(Coverage.assess(List.of(AMAZON), "b2", decisions::forEach, "bob"))).singleElement()
                .asString().endsWith(": the research briefing");
    }

    @Test
    void theLatestDecisionCounts() {
        Decision approved = recorded(1, true, "alice", "b", AMAZON);
        Decision rejected = recorded(2, false, "dana", "b", AMAZON);
        assertThat(
                Coverage.refusals(Coverage.assess(List.of(AMAZON), "b", List.of(approved, rejected)::forEach, "bob")))
                .singleElement().asString().contains("rejected (rejection #2 by dana");
        Decision again = recorded(3, true, "carol", "b", AMAZON);
        assertThat(Coverage.assess(List.of(AMAZON), "b", List.of(approved, rejected, again)::forEach, "bob"))
                .singleElement()
                .matches(Coverage.Verdict::covered).matches(v -> v.decision().entryNo() == 3);
    }

    @Test
    void aCorrectionIsNotCoveredByTheApprovalOfTheFirstLetter() {
        Candidate correction = new Candidate("amazon-uk", "Amazon UK", "CE-2020-006", "CE-2020-001", null, "f", "d",
                "t", "s", "w", null);
        assertThat(Coverage.refusals(Coverage.assess(List.of(correction), "b", List.of(recorded(1, true, "alice",
                "b", AMAZON))::forEach, "bob"))).singleElement().asString()
                .endsWith("correcting CE-2020-001: never approved");
    }

    private static Candidate letter(String id, String company, String reference, String files, String data) {
        return new Candidate(id, company, reference, null, null, files, data, "templates", "style", "words-" + id,
                null);
    }

    private static Decision recorded(int entry, boolean approved, String officer, String briefing,
            Candidate... letters) {
        return new Decision(entry, "ce", approved, officer, approved ? null : "no", briefing, List.of(letters),
                "2026-12-05T10:00:0" + entry + "Z", "p", "s");
    }

    @Test
    void aDecisionNamingManyLettersIsListedByItsCountFirstAndLast() {
        assertThat(recorded(1, true, "alice", "b", AMAZON, NORTHWIND).lettersInBrief()).isEqualTo(
                "CE-2020-001, CE-2020-002");
        Candidate[] many = java.util.stream.IntStream.rangeClosed(1, 20_000).mapToObj(i -> letter("r" + i, "C" + i,
                String.format("DEMO-%05d", i), "f", "d")).toArray(Candidate[]::new);
        assertThat(recorded(2, true, "alice", "b", many).lettersInBrief()).isEqualTo(
                "20,000 letters: DEMO-00001, DEMO-00002 … DEMO-20000");
        assertThat(recorded(3, true, "alice", "b", java.util.Arrays.copyOf(many, 12)).lettersInBrief()).endsWith(
                "DEMO-00011, DEMO-00012");
    }
}
