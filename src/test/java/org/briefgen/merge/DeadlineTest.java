package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.campaign.DeadlineCounting;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final LocalDate LETTER = LocalDate.of(2020, 1, 7); // a Tuesday

    @Test
    void calendarDaysCountEveryDay() {
        assertThat(Deadline.after(LETTER, 10, DeadlineCounting.CALENDAR, List.of())).isEqualTo("2020-01-17");
    }

    @Test
    void calendarDaysIgnoreHolidays() {
        assertThat(Deadline.after(LETTER, 10, DeadlineCounting.CALENDAR, List.of(LocalDate.of(2020, 1, 10))))
                .isEqualTo("2020-01-17");
    }

    @Test
    void workingDaysSkipWeekends() {
        // 8, 9, 10, 13, 14, 15, 16, 17, 20, 21 January
        assertThat(Deadline.after(LETTER, 10, DeadlineCounting.WORKING, List.of())).isEqualTo("2020-01-21");
    }

    @Test
    void workingDaysSkipHolidays() {
        assertThat(Deadline.after(LETTER, 10, DeadlineCounting.WORKING, List.of(LocalDate.of(2020, 1, 13))))
                .isEqualTo("2020-01-22");
    }

    @Test
    void workingDaysOverChristmasAndNewYear() {
        List<LocalDate> holidays = List.of(LocalDate.of(2019, 12, 25), LocalDate.of(2019, 12, 26),
                LocalDate.of(2020, 1, 1));
        // from Friday 20 December: 23, 24, 27, 30, 31 December
        assertThat(Deadline.after(LocalDate.of(2019, 12, 20), 5, DeadlineCounting.WORKING, holidays))
                .isEqualTo("2019-12-31");
        assertThat(Deadline.after(LocalDate.of(2019, 12, 20), 6, DeadlineCounting.WORKING, holidays))
                .isEqualTo("2020-01-02");
    }

    @Test
    void aLetterSentAtTheWeekendCountsFromMonday() {
        assertThat(Deadline.after(LocalDate.of(2020, 1, 11), 1, DeadlineCounting.WORKING, List.of()))
                .isEqualTo("2020-01-13");
    }
}
