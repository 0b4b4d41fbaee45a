package org.briefgen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;

import org.junit.jupiter.api.Test;

/**
 * Which letters are a company's letter and its follow-ups, and what the publication says each
 * company did on a day: responses to a follow-up count, a follow-up's deadline keeps the wait open.
 */
class CorrespondenceTest {

    private static IssuedLetter letter(int entry, String reference, String recipient, String date, String deadline,
            String supersedes) {
        return new IssuedLetter(entry, reference, "c", "Campaign", "Subject", "Org", entry, recipient, recipient
                .toUpperCase(), "email x@" + recipient + ".example", LocalDate.parse(date), LocalDate.parse(deadline),
                "d", "t", supersedes, "2026-01-01T00:00:00Z", List.<RecordedFile>of(), "p", "h");
    }

    private static Response response(int entry, String reference, String received) {
        return new Response(entry, reference, ResponseKind.RESPONSE, LocalDate.parse(received), "s", null, null, "r",
                "p", "h");
    }

    private static final List<IssuedLetter> LETTERS = List.of(letter(1, "R-1", "a", "2020-01-07", "2020-01-17", null),
            letter(2, "R-2", "b", "2020-01-07", "2020-01-17", null), letter(3, "R-3", "c", "2020-01-07",
                    "2020-01-17", null),
            // follow-ups to b and c after the deadline, with deadlines of their own
            letter(4, "R-4", "b", "2020-01-20", "2020-01-30", null), letter(5, "R-5", "c", "2020-01-20",
                    "2020-01-30", null),
            // a correction of a's letter stands in its place
            letter(6, "R-6", "a", "2020-01-08", "2020-01-18", "R-1"));

    @Test
    void eachRecipientsLettersAreGroupedInIssueOrder() {
        List<List<IssuedLetter>> groups = Correspondence.byRecipient(LETTERS);
        assertThat(groups).extracting(g -> g.stream().map(IssuedLetter::reference).toList()).containsExactly(List.of(
                "R-2", "R-4"), List.of("R-3", "R-5"), List.of("R-6"));
    }

    @Test
    void aCorrectionIssuedAfterAFollowUpIsStillTheLetterTheFollowUpComesAfter() {
        IssuedLetter original = letter(1, "R-1", "a", "2020-01-07", "2020-01-17", null);
        IssuedLetter f = letter(2, "R-1-F1", "a", "2020-01-20", "2020-01-27", null);
        IssuedLetter followUp = new IssuedLetter(f.entryNo(), f.reference(), f.campaign(), f.campaignTitle(), f
                .subject(), f.organisation(), -2, f.recipientId(), f.company(), f.channels(), f.letterDate(),
                f
                        .deadline(),
                f.dataSha256(), 1, f.templatesSha256(), null, f.issuedAt(), f.files(), f
                        .previousSha256(),
                f.sha256(), null, "R-1", 1);
        IssuedLetter correction = letter(3, "R-3", "a", "2020-01-07", "2020-01-17", "R-1");
        assertThat(Correspondence.byRecipient(List.of(original, followUp, correction))).singleElement().extracting(
                g -> g.stream().map(IssuedLetter::reference).toList()).isEqualTo(List.of("R-3", "R-1-F1"));
    }

    @Test
    void aFollowUpsDeadlineKeepsTheWaitOpenAndAResponseToItCounts() {
        List<CompanyRecord> p = Correspondence.records("c", LETTERS, List.of(response(1, "R-5", "2020-01-25"),
                response(2, "R-1", "2020-01-10")), List.of(), List.of(), LocalDate.parse("2020-01-26"), null);
        assertThat(p).extracting(CompanyRecord::company, CompanyRecord::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B", Outcome.AWAITING), org.assertj.core.groups.Tuple.tuple("C",
                        Outcome.RESPONDED_LATE),
                org.assertj.core.groups.Tuple.tuple("A", Outcome.RESPONDED));
        assertThat(p.get(0).followUps()).extracting(IssuedLetter::reference).containsExactly("R-4");
        assertThat(p.get(0).lastDeadline()).isEqualTo(LocalDate.parse("2020-01-30"));

        Publication later = Correspondence.of("c", LETTERS, List.of(), List.of(), List.of(), LocalDate.parse(
                "2020-02-01"));
        assertThat(later.count(Outcome.DID_NOT_RESPOND)).isEqualTo(3);
    }

    @Test
    void lettersAndResponsesAfterTheDayAreNotYetKnown() {
        Publication p = Correspondence.of("c", LETTERS, List.of(response(1, "R-2", "2020-01-12")), List.of(), List
                .of(), LocalDate.parse("2020-01-11"));
        assertThat(Correspondence.records("c", LETTERS, List.of(response(1, "R-2", "2020-01-12")), List.of(), List
                .of(), LocalDate.parse("2020-01-11"), null))
                .allMatch(c -> c.followUps().isEmpty() && c.response() == null);
        assertThat(p.count(Outcome.AWAITING)).isEqualTo(3);
    }
}
