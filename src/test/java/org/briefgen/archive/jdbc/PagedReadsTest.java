package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.TextLetter;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive read a page at a time: pages of companies follow one another without a gap or a repeat,
 * in the order the publication lists them (a corrected letter's company where its correction stands),
 * each page with all its companies' letters and the responses to them, and no other company's.
 */
class PagedReadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void lettersReadWholeShareWhatTheirCampaignHasInCommon() {
        CampaignData campaign = new CampaignLoader(LocalDate.of(2020, 1, 7)).load(TestCampaigns.DATA);
        Merger merger = new Merger(campaign);
        Path out = dir.resolve("out");
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), CLOCK)) {
            for (Recipient r : campaign.recipients()) {
                archive.issue(new TextLetter(campaign.campaign().id(), merger, r, null, out));
            }
            // one string (and one date) for all the letters, not one a letter: 60,000 letters read whole held 1.2
            // million strings, and the workbench ran out of memory
            List<IssuedLetter> letters = archive.letters();
            IssuedLetter first = letters.get(0);
            assertThat(letters).hasSizeGreaterThan(2).allSatisfy(l -> {
                assertThat(l.campaign()).isSameAs(first.campaign());
                assertThat(l.campaignTitle()).isSameAs(first.campaignTitle());
                assertThat(l.organisation()).isSameAs(first.organisation());
                assertThat(l.templatesSha256()).isSameAs(first.templatesSha256());
                assertThat(l.letterDate()).isSameAs(first.letterDate());
                assertThat(l.deadline()).isSameAs(first.deadline());
            });
            assertThat(letters.get(1).company()).isNotEqualTo(first.company());
        }
    }

    @Test
    void companiesComeInKeysetPagesWithTheirOwnRowsOnly() {
        CampaignData campaign = new CampaignLoader(LocalDate.of(2020, 1, 7)).load(TestCampaigns.DATA);
        String id = campaign.campaign().id();
        Merger merger = new Merger(campaign);
        List<Recipient> recipients = campaign.recipients();
        Path out = dir.resolve("out");
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), CLOCK)) {
            for (Recipient r : recipients) {
                archive.issue(new TextLetter(id, merger, r, null, out));
            }
            List<IssuedLetter> issued = archive.letters();
            // the first company's letter corrected: the company now stands where its correction does, last
            archive.issue(new TextLetter(id, merger, recipients.get(0), issued.get(0).reference(), out));
            archive.respond(new ResponseRequest(issued.get(2).reference(), ResponseKind.RESPONSE, LocalDate.of(2020,
                    1, 10), "No comment.", null));

            ArchiveInPages pages = archive.pages();
            assertThat(pages.campaigns()).containsExactly(id);
            assertThat(pages.letters(0, 2)).extracting(IssuedLetter::entryNo).containsExactly(1, 2);
            assertThat(pages.letters(5, 2)).extracting(IssuedLetter::entryNo).containsExactly(6);

            List<List<String>> companies = new ArrayList<>();
            int after = 0;
            for (ArchiveInPages.Companies page = pages.companies(id, LocalDate.of(2020, 2, 1), after, 2); page
                    .last() != 0; page = pages.companies(id, LocalDate.of(2020, 2, 1), after, 2)) {
                List<String> ids = page.letters().stream().map(IssuedLetter::recipientId).distinct().toList();
                List<String> references = page.letters().stream().map(IssuedLetter::reference).toList();
                companies.add(ids);
                assertThat(page.responses()).allMatch(r -> references.contains(r.reference()));
                if (ids.contains(recipients.get(2).id())) {
                    assertThat(page.responses()).hasSize(1);
                } else {
                    assertThat(page.responses()).isEmpty();
                }
                after = page.last();
            }
            assertThat(companies).containsExactly(List.of(recipients.get(1).id(), recipients.get(2).id()), List.of(
                    recipients.get(3).id(), recipients.get(4).id()), List.of(recipients.get(0).id()));
            // the corrected company's page holds both its letters, the one replaced and its correction
            assertThat(pages.companies(id, LocalDate.of(2020, 2, 1), 5, 2).letters()).hasSize(2);
            // nothing is known on a day before the letters
            assertThat(pages.companies(id, LocalDate.of(2020, 1, 6), 0, 2).last()).isZero();
        }
    }
}
