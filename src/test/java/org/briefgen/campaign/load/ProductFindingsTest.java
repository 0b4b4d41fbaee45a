package org.briefgen.campaign.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second product that no finding names is a warning at its row, not left out without a word. */
class ProductFindingsTest {

    @TempDir
    Path dir;

    @Test
    void aProductNoFindingNamesIsAWarningAtItsRowWithTheProductsTheFindingsName() throws Exception {
        Path root = TestCampaigns.copyBundled(dir);
        Path table = root.resolve("data/recipients.csv");
        Files.writeString(table, Files.readString(table).replace(",Northwind Hearth speaker,",
                ",Northwind Hearth speaker; Northwind Doorbell,").replace("Amazon UK,Amazon,Amazon Alexa,",
                        "Amazon UK,Amazon,Amazon Echo,"));

        CampaignData data = new CampaignLoader(LocalDate.of(2020, 1, 1)).load(root.resolve("data"));

        assertThat(data.warnings().stream().map(Problem::toString).filter(w -> w.contains("no research finding")))
                .singleElement().asString().contains("recipients.csv:3", "recipient 'northwind-home' has the product"
                        + " 'Northwind Doorbell', which no research finding names: its letter leaves it out",
                        "the findings name 'Amazon Alexa', 'Fieldfare Chat', 'Fieldfare Cloud Backup'");
        // Amazon's only product has no finding: its letter cannot be made, which is an error of its own, not this
    }

    @Test
    void theBundledCampaignNamesEveryProduct() {
        CampaignData data = new CampaignLoader(LocalDate.of(2020, 1, 1)).load(TestCampaigns.DATA);
        assertThat(data.warnings().stream().map(Problem::toString)).noneMatch(w -> w.contains("no research finding"));
    }
}
