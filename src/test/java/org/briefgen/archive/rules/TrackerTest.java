package org.briefgen.archive.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;
import org.briefgen.files.Sha256;

import org.junit.jupiter.api.Test;

class TrackerTest {

    private static final LocalDate SENT = LocalDate.of(2020, 1, 7);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 1, 17);

    private static IssuedLetter letter(int entry, String reference, String supersedes) {
        return new IssuedLetter(entry, reference, "c", "C", "S", "O", entry, "r" + entry, "Company " + entry, "",
                SENT, DEADLINE, "d", "t", supersedes, "2020-01-07T09:00:00Z", List.of(), Sha256.NONE, "h" + entry);
    }

    private static Response response(int entry, String reference, ResponseKind kind, String received,
            Integer supersedes) {
        return new Response(entry, reference, kind, received == null ? null : LocalDate.parse(received), null, null,
                supersedes, "2020-01-20T09:00:00Z", Sha256.NONE, "r" + entry);
    }

    @Test
    void aCorrectedLetterGivesWayToItsCorrectionWhichKeepsItsResponses() {
        List<IssuedLetter> letters = List.of(letter(1, "A-1", null), letter(2, "A-2", null), letter(3, "A-3", "A-1"));
        List<Response> responses = List.of(response(1, "A-1", ResponseKind.RESPONSE, "2020-01-10", null));
        List<TrackerRow> rows = Tracker.rows(letters, responses, LocalDate.of(2020, 1, 20), false);
        assertThat(rows).extracting(r -> r.letter().reference()).containsExactly("A-2", "A-3");
        assertThat(rows.get(1).status()).isEqualTo(TrackerStatus.RESPONDED);
        assertThat(rows.get(1).statusText()).isEqualTo("responded 10 January 2020 (3 days)");

        List<TrackerRow> all = Tracker.rows(letters, responses, LocalDate.of(2020, 1, 20), true);
        assertThat(all).extracting(TrackerRow::statusText).containsExactly("superseded by A-3", "overdue by 3 days",
                "responded 10 January 2020 (3 days)");
    }

    @Test
    void theEarliestStandingResponseCounts() {
        List<IssuedLetter> letters = List.of(letter(1, "A-1", null));
        List<Response> responses = List.of(response(1, "A-1", ResponseKind.RESPONSE, "2020-01-09", null),
                response(2, "A-1", ResponseKind.WITHDRAWAL, null, 1),
                response(3, "A-1", ResponseKind.RESPONSE, "2020-01-12", null),
                response(4, "A-1", ResponseKind.RESPONSE, "2020-01-15", null));
        TrackerRow row = Tracker.rows(letters, responses, LocalDate.of(2020, 1, 30), false).get(0);
        assertThat(row.responded()).isEqualTo("2020-01-12");
        assertThat(row.daysTaken()).isEqualTo(5);
        // on the 11th the withdrawn response does not count and the next has not come
        assertThat(Tracker.rows(letters, responses, LocalDate.of(2020, 1, 11), false).get(0).status())
                .isEqualTo(TrackerStatus.AWAITING);
    }

    @Test
    void oneDayIsSingular() {
        TrackerRow row = Tracker.rows(List.of(letter(1, "A-1", null)), List.of(), LocalDate.of(2020, 1, 18), false)
                .get(0);
        assertThat(row.statusText()).isEqualTo("overdue by 1 day");
    }

    private static IssuedLetter emailed(int entry, String reference) {
        return new IssuedLetter(entry, reference, "c", "C", "S", "O", entry, "r" + entry, "Company " + entry, "",
                SENT, DEADLINE, "d", "t", null, "2020-01-07T09:00:00Z",
                List.of(new RecordedFile("c/" + reference + ".eml", 1, "x")), Sha256.NONE, "h" + entry);
    }

    private static DeliveryRow delivery(int entry, String reference, DeliveryKind kind, String at, String detail) {
        return new DeliveryRow(entry, reference, reference + "@example.org", kind, "<" + reference + ">", 1, at,
                detail, at == null ? "2020-01-08T09:00:00Z" : at, Sha256.NONE, "d" + entry);
    }

    @Test
    void deliveriesGiveSentBouncedUncertainAndNotSentAndABounceIsNeverOverdue() {
        List<IssuedLetter> letters = List.of(emailed(1, "A-1"), emailed(2, "A-2"), emailed(3, "A-3"),
                emailed(4, "A-4"));
        List<DeliveryRow> deliveries = List.of(delivery(1, "A-1", DeliveryKind.SENDING, null, null),
                delivery(2, "A-1", DeliveryKind.SENT, "2020-01-08T09:00:01Z", "250 OK"),
                delivery(3, "A-2", DeliveryKind.SENDING, null, null),
                delivery(4, "A-2", DeliveryKind.SENT, "2020-01-08T09:00:02Z", "250 OK"),
                delivery(5, "A-2", DeliveryKind.BOUNCED, "2020-01-08T10:00:00Z", "5.1.1 user unknown"),
                delivery(6, "A-3", DeliveryKind.SENDING, null, null));
        List<TrackerRow> before = Tracker.rows(letters, List.of(), deliveries, List.of(), LocalDate.of(2020, 1, 10),
                false);
        assertThat(before).extracting(TrackerRow::statusText).containsExactly("sent 8 January 2020, awaiting",
                "bounced (A-2@example.org bounced: 5.1.1 user unknown)",
                "uncertain (A-3@example.org: no answer recorded; check before send --resend A-3)", "not sent");
        List<TrackerRow> after = Tracker.rows(letters, List.of(), deliveries, List.of(), LocalDate.of(2020, 1, 30),
                false);
        assertThat(after).extracting(TrackerRow::status).containsExactly(TrackerStatus.OVERDUE,
                TrackerStatus.BOUNCED, TrackerStatus.UNCERTAIN, TrackerStatus.NOT_SENT);
        assertThat(after.get(0).statusText()).isEqualTo("overdue by 13 days (sent 8 January 2020)");
        // a day before anything was sent, nothing of it is known yet
        assertThat(Tracker.rows(letters, List.of(), deliveries, List.of(), LocalDate.of(2020, 1, 7), false).get(0)
                .status()).isEqualTo(TrackerStatus.AWAITING);
    }

    @Test
    void aBounceForALetterNeverSentLeavesEveryOtherLettersStatusAsItWas() {
        List<IssuedLetter> letters = List.of(emailed(1, "A-1"), emailed(2, "A-2"), emailed(3, "A-3"));
        LocalDate day = LocalDate.of(2020, 1, 30);
        List<TrackerRow> before = Tracker.rows(letters, List.of(), List.of(), List.of(), day, false);
        assertThat(before).extracting(TrackerRow::status).containsOnly(TrackerStatus.OVERDUE);
        // briefgen never sent A-1 (it went by hand, or not at all); a delivery report for it is read from the inbox
        List<DeliveryRow> bounce = List.of(delivery(1, "A-1", DeliveryKind.BOUNCED, "2020-01-08T10:00:00Z",
                "5.1.1 user unknown"));
        List<TrackerRow> after = Tracker.rows(letters, List.of(), bounce, List.of(), day, false);
        assertThat(after.get(0).status()).isEqualTo(TrackerStatus.BOUNCED);
        assertThat(after.subList(1, 3)).extracting(TrackerRow::statusText).containsExactly(
                before.get(1).statusText(), before.get(2).statusText());
    }

    @Test
    void aLetterIsNotSentOnlyWhenBriefgenSentTheCampaignsOtherLetters() {
        List<IssuedLetter> letters = List.of(emailed(1, "A-1"), emailed(2, "A-2"));
        List<DeliveryRow> sending = List.of(delivery(1, "A-1", DeliveryKind.SENDING, null, null),
                delivery(2, "A-1", DeliveryKind.SENT, "2020-01-08T09:00:01Z", "250 OK"));
        assertThat(Tracker.rows(letters, List.of(), sending, List.of(), LocalDate.of(2020, 1, 30), false))
                .extracting(TrackerRow::status).containsExactly(TrackerStatus.OVERDUE, TrackerStatus.NOT_SENT);
    }
}
