package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.load.CampaignLoader;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follow-up's context: its reference, its date, and a deadline counted as the campaign counts. */
class FollowUpMergeTest {

    @TempDir
    Path dir;

    private static final List<FollowUp.Request> CHAIN = List.of(new FollowUp.Request("CE-2020-002",
            LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 17)),
            new FollowUp.Request("CE-2020-002-F1",
                    LocalDate.of(2020, 1, 20), LocalDate.of(2020, 1, 27)));

    @Test
    void theBundledCampaignGivesSevenCalendarDays() {
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
        assertThat(data.campaign().followUpDays()).isEqualTo(7);
        assertThat(data.campaign().followUpTemplate()).isEqualTo("follow-up.md.ftl");
        Merger merger = new Merger(data);
        LetterContext first = merger.followUp(data.recipients().get(1), 2, LocalDate.of(2020, 1, 20),
                CHAIN.subList(0, 1));
        assertThat(first.letter().reference()).isEqualTo("CE-2020-002-F1");
        assertThat(first.letter().date()).hasToString("20 January 2020");
        assertThat(first.letter().deadline()).hasToString("27 January 2020");
        assertThat(first.letter().salutation()).isEqualTo("Dear Ms Okafor");
        assertThat(first.followUp().round()).isEqualTo(1);
        assertThat(first.followUp().original().date()).hasToString("7 January 2020");
        assertThat(first.followUp().chased().reference()).isEqualTo("CE-2020-002");
        assertThat(first).isEqualTo(merger.followUp(data.recipients().get(1), 2, LocalDate.of(2020, 1,
                20), CHAIN.subList(0, 1)));

        LetterContext second = new Merger(data).followUp(data.recipients().get(1), 2, LocalDate.of(2020, 1, 28),
                CHAIN);
        assertThat(second.letter().reference()).isEqualTo("CE-2020-002-F2");
        assertThat(second.followUp().earlier()).extracting(FollowUp.Cited::reference).containsExactly(
                "CE-2020-002-F1");
        assertThat(second.followUp().chased().deadline()).hasToString("27 January 2020");
    }

    @Test
    void workingDaysAreCountedAsTheLettersAre() {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "deadline_counting: calendar", "deadline_counting: working");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "follow_up_days: 7 ", "follow_up_days: 5 ");
        CampaignData campaign = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data);
        // Friday 24 January 2020 plus five working days: Friday 31 January
        assertThat(new Merger(campaign).followUp(campaign.recipients().get(0), 1, LocalDate.of(2020, 1, 24),
                CHAIN.subList(0, 1)).letter().deadline().date()).isEqualTo(LocalDate.of(2020, 1, 31));
    }

    @Test
    void aFollowUpWindowOfNoDaysIsNamed() {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "follow_up_days: 7 ", "follow_up_days: 0 ");
        Assertions.assertThatThrownBy(() -> new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data))
                .isInstanceOf(DataException.class).hasMessageContaining("campaign.yaml:16:17")
                .hasMessageContaining("a follow-up's response window must be at least one day");
    }
}
