package org.briefgen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publication read a page of companies at a time says what it says read whole: the same companies
 * in the same order with the same outcomes, whatever the page's size (an e-mail never sent is not
 * delivered only in a campaign briefgen sends, which a page cannot tell from its own rows).
 */
class CompaniesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void pagesOfAnySizeGiveThePublicationReadWhole() {
        CampaignData campaign = new CampaignLoader(LocalDate.of(2020, 1, 7)).load(TestCampaigns.DATA);
        String id = campaign.campaign().id();
        Merger merger = new Merger(campaign);
        List<Recipient> recipients = campaign.recipients();
        Path out = dir.resolve("out");
        LocalDate asOf = LocalDate.of(2020, 2, 1);
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), CLOCK)) {
            for (Recipient r : recipients) {
                archive.issue(new TextLetter(id, merger, r, null, out, true));
            }
            List<IssuedLetter> issued = archive.letters();
            archive.issue(new TextLetter(id, merger, recipients.get(0), issued.get(0).reference(), out, true));
            archive.respond(new ResponseRequest(issued.get(2).reference(), ResponseKind.RESPONSE, LocalDate.of(2020,
                    1, 10), "No comment.", null));
            // the fourth company's letter was sent and bounced; the fifth's was sent (the last page's only)
            archive.deliver(List.of(new DeliveryEvent(issued.get(3).reference(), "a@example.com", DeliveryKind.SENT,
                    "<1@x>", 1, "2020-01-07T10:00:00Z", null),
                    new DeliveryEvent(issued.get(3).reference(),
                            "a@example.com", DeliveryKind.BOUNCED, "<1@x>", 0, "2020-01-08T10:00:00Z", "no such user"),
                    new DeliveryEvent(issued.get(4).reference(), "b@example.com", DeliveryKind.SENT, "<2@x>", 1,
                            "2020-01-07T10:00:00Z", null)),
                    false);

            Publication whole = Correspondence.of(id, archive.letters(), archive.responses(), archive.deliveries(),
                    archive.inboxMessages(), asOf);
            // the bounced letter, and the two e-mails of a campaign briefgen sends that were never sent (the first
            // company's correction, the second's letter): a page without a sent letter cannot tell the last two
            assertThat(whole.count(Outcome.NOT_DELIVERED)).isEqualTo(3);
            assertThat(whole.count(Outcome.RESPONDED)).isEqualTo(1);
            assertThat(whole.companies()).hasSize(recipients.size());
            for (int page : List.of(1, 2, 200)) {
                assertThat(Companies.of(archive, id, asOf, page).publication()).as("pages of %d", page).isEqualTo(
                        whole);
            }
            // on a day before anything was sent, nothing is undelivered
            assertThat(Companies.of(archive, id, LocalDate.of(2020, 1, 7), 2).publication()).isEqualTo(Correspondence
                    .of(id, archive.letters(), archive.responses(), archive.deliveries(), archive.inboxMessages(),
                            LocalDate.of(2020, 1, 7)));
        }
    }
}
