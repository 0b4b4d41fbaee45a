package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.batch.Campaigns;
import org.briefgen.campaign.demo.DemoCampaign;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's campaign: its letters' problems found once, in the background, for pages that cannot wait. */
class CampaignSourceTest {

    @TempDir
    Path dir;

    @Test
    void aPageThatCannotWaitHearsHowFarTheCheckHasGotThenWhatItFound() throws Exception {
        Path data = dir.resolve("data");
        DemoCampaign.write(data, 2_000);
        CampaignSource.Loaded loaded = new CampaignSource(Campaigns.installed(), data, Path.of("templates")).current();
        // 2,000 letters are not made in no time: the check has only started
        assertThat(loaded.problems(0)).isEmpty();
        assertThat(loaded.checked()).isLessThan(2_000);
        assertThat(loaded.recipients()).isEqualTo(2_000);
        // a page that waits gets the answer of the same check, which went on meanwhile
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.checked()).isEqualTo(2_000);
        assertThat(loaded.problems(0)).hasValue(List.of());
    }

    @Test
    void theProblemsFoundAreTheLettersThatCannotBeMade() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Path table = root.resolve("data/recipients.csv");
        Files.writeString(table, Files.readString(table).replace("Amazon UK,Amazon,Amazon Alexa,",
                "Amazon UK,Amazon,Amazon Echo,"));
        CampaignSource.Loaded loaded = new CampaignSource(Campaigns.installed(), root.resolve("data"), root.resolve(
                "templates")).current();
        assertThat(loaded.problems(Long.MAX_VALUE)).hasValueSatisfying(problems -> assertThat(problems)
                .singleElement().asString().contains("no research finding applies to recipient 'amazon-uk'",
                        "recipients.csv line 2"));
        assertThat(loaded.problems()).isSameAs(loaded.problems(0).orElseThrow());
    }
}
