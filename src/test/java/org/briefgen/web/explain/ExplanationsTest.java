package org.briefgen.web.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;

/** Problems as validate writes them, told in plain words first. */
class ExplanationsTest {

    private final CampaignData data = new CampaignLoader(LocalDate.of(2020, 1, 1)).load(java.nio.file.Path.of(
            "data"));
    private final Explanations explanations = new Explanations(data);

    @Test
    void aTemplateFaultSharedByManyLettersSaysHowMany() {
        Explained e = explanations.of("templates/letter.md.ftl:12:3: ${letter.dedline} has no value for recipient"
                + " 'amazon-uk' (data/recipients.csv line 2) and 3 other recipients");
        assertThat(e.sentence()).isEqualTo(
                "4 letters cannot be made (Amazon UK's and 3 others): ${letter.dedline} has no value.");
        assertThat(e.place()).isEqualTo("templates/letter.md.ftl:12:3");
        assertThat(e.technical()).startsWith("templates/letter.md.ftl:12:3: ");
    }

    @Test
    void aFaultOfOneLetterNamesItsCompanyAndItsRow() {
        Explained e = explanations.of("recipient 'northwind-home' (data/recipients.csv line 3): the PDF cannot be"
                + " made");
        assertThat(e.sentence()).isEqualTo("Northwind Home Ltd's letter cannot be made: the PDF cannot be made.");
        assertThat(e.place()).isEqualTo("data/recipients.csv line 3");
    }

    @Test
    void aProblemNamingNoKnownRecipientIsTheWholeCampaigns() {
        for (String forged : new String[] {"recipient 'nobody' (x line 1): boom", "templates/x.ftl:1: broken",
                ""}) {
            Explained e = explanations.of(forged);
            assertThat(e.sentence()).as(forged).startsWith("No letter can be made: ");
            assertThat(e.technical()).isEqualTo(forged);
        }
    }
}
