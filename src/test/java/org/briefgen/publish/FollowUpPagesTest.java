package org.briefgen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;

import org.junit.jupiter.api.Test;

/** A company's follow-ups as its page lists them: each with its reference, date and deadline, linked when it has a PDF. */
class FollowUpPagesTest {

    private static IssuedLetter letter(int entry, String reference, String date, String deadline) {
        return new IssuedLetter(entry, reference, "c", "Campaign", "Subject", "Org", entry, "acme", "Acme & Sons",
                "email a@acme.example", LocalDate.parse(date), LocalDate.parse(deadline), "d", "t", null,
                "2026-01-01T00:00:00Z", List.<RecordedFile>of(), "p", "h");
    }

    @Test
    void theLetterAndItsFollowUpsAreListedOnTheCompanysPage() {
        List<IssuedLetter> letters = List.of(letter(1, "R-1", "2020-01-07", "2020-01-17"), letter(2, "R-2",
                "2020-01-20", "2020-01-30"), letter(3, "R-3", "2020-02-03", "2020-02-13"));
        Publication p = Correspondence.of("c", letters, List.of(), List.of(), List.of(), LocalDate.parse(
                "2020-02-05"));
        CompanyRecord acme = Correspondence.records("c", letters, List.of(), List.of(), List.of(), LocalDate.parse(
                "2020-02-05"), null).get(0);
        assertThat(acme.outcome()).isEqualTo(Outcome.AWAITING);
        CompanyPage page = new CompanyPage(acme, "companies/r-1-acme-sons.html", "letters/r-1.pdf", Arrays.asList(
                "letters/r-2.pdf", null), null, null, null, null, true);
        String html = new SitePages(p, null).company(page);
        assertThat(html).contains("<h1>Acme &amp; Sons</h1>", "<title>Acme &amp; Sons · Campaign</title>",
                "<a href=\"../letters/r-1.pdf\">Our letter of 7 January 2020 (PDF)</a>",
                "<li><a href=\"../letters/r-2.pdf\">Follow-up R-2 of 20 January 2020 (PDF), deadline 30 January 2020</a>"
                        + "</li>",
                "<li>Follow-up R-3 of 3 February 2020, deadline 13 February 2020</li>",
                "<p>The deadline is 13 February 2020; no response had arrived as of 5 February 2020.</p>");
    }
}
