package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.campaign.Survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MethodologyNoteTest {

    @Test
    void theReferenceLettersNote() {
        Survey yougov = new Survey("yougov-2019", "YouGov Plc", 2072, "adults", "all GB adults (aged 18+)",
                LocalDate.of(2019, 11, 7), LocalDate.of(2019, 11, 8), "online", true, null, List.of());
        assertThat(MethodologyNote.of(yougov)).isEqualTo("All figures, unless otherwise stated, are from YouGov Plc."
                + " Total sample size was 2072 adults. Fieldwork was undertaken between 7th \u2013 8th November 2019."
                + " The survey was carried out online. The figures have been weighted and are representative of all GB"
                + " adults (aged 18+).");
    }

    @Test
    void aOneDayFieldworkIsOnThatDay() {
        Survey s = new Survey("s", "Ipsos", 1000, "adults", "UK adults", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 1), "by telephone", false, null, List.of());
        assertThat(MethodologyNote.of(s)).contains("Fieldwork was undertaken on 1st March 2021.")
                .endsWith("The figures are unweighted.");
    }

    @Test
    void aSourceLinkEndsTheNote() {
        Survey s = new Survey("s", "Ipsos", 1000, "adults", "UK adults", LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 2), "online", true, "https://example.org/results", List.of());
        assertThat(MethodologyNote.of(s)).endsWith("representative of UK adults. Full results:"
                + " https://example.org/results.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2019-11-07|2019-11-08|7th \u2013 8th November 2019",
            "2019-10-28|2019-11-03|28th October \u2013 3rd November 2019",
            "2019-12-30|2020-01-02|30th December 2019 \u2013 2nd January 2020",
            "2019-12-11|2019-12-13|11th \u2013 13th December 2019",
            "2019-12-21|2019-12-23|21st \u2013 23rd December 2019",
    })
    void dateRangesNameAMonthOnceWhenBothDaysShareIt(String start, String end, String expected) {
        assertThat(MethodologyNote.range(LocalDate.parse(start), LocalDate.parse(end))).isEqualTo(expected);
    }
}
