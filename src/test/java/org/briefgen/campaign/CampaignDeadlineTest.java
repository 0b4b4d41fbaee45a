package org.briefgen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response window's keys in campaign.yaml, and the holidays file. */
class CampaignDeadlineTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 5, 4);

    @TempDir
    Path dir;

    private Path data() {
        return TestCampaigns.copyBundled(dir).resolve("data");
    }

    @Test
    void theBundledCampaignCountsCalendarDays() {
        CampaignData data = new CampaignLoader(TODAY).load(TestCampaigns.DATA);
        assertThat(data.campaign().deadlineCounting()).isEqualTo(DeadlineCounting.CALENDAR);
        assertThat(data.campaign().holidays()).contains(LocalDate.of(2020, 1, 1));
        assertThat(new Merger(data).merge(data.recipients().get(0), 1).letter().deadline().date())
                .isEqualTo("2020-01-17");
    }

    @Test
    void workingDaysSkipWeekendsAndTheHolidaysFile() {
        Path data = data();
        TestCampaigns.edit(data.resolve("campaign.yaml"), "deadline_counting: calendar", "deadline_counting: working");
        TestCampaigns.write(data.resolve("holidays.yaml"), "2020-01-13: A day off\n");
        CampaignData loaded = new CampaignLoader(TODAY).load(data);
        assertThat(loaded.campaign().holidays()).containsExactly(LocalDate.of(2020, 1, 13));
        var letter = new Merger(loaded).merge(loaded.recipients().get(0), 1).letter();
        assertThat(letter.deadline().date()).isEqualTo("2020-01-22");
        assertThat(letter.deadline()).hasToString("22 January 2020");
    }

    @Test
    void anUnknownCountingAndABadHolidayAreNamedWithTheirPlace() {
        Path data = data();
        TestCampaigns.edit(data.resolve("campaign.yaml"), "deadline_counting: calendar", "deadline_counting: weekdays");
        TestCampaigns.write(data.resolve("holidays.yaml"), "# holidays\n2020-01-13: A day off\n2020-02-30: No such"
                + " day\n");
        DataException e = catchThrowableOfType(DataException.class, () -> new CampaignLoader(TODAY).load(data));
        assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                data.resolve("campaign.yaml") + ":7:20: deadline_counting: expected calendar or working, found"
                        + " 'weekdays'",
                data.resolve("holidays.yaml") + ":3: expected a date as YYYY-MM-DD, found '2020-02-30'");
    }

    @Test
    void aMissingHolidaysFileIsAProblem() {
        Path data = data();
        TestCampaigns.edit(data.resolve("campaign.yaml"), "holidays: holidays.yaml", "holidays: bank-holidays.yaml");
        DataException e = catchThrowableOfType(DataException.class, () -> new CampaignLoader(TODAY).load(data));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly(data.resolve("bank-holidays.yaml") + ": file not found");
    }
}
