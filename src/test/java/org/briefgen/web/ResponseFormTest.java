package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The response form's date, written as people write dates, and the uploaded file's own name made safe. */
class ResponseFormTest {

    @Test
    void aDateIsReadAsTheCampaignsLanguageWritesIt() {
        Locale britain = Locale.forLanguageTag("en-GB");
        LocalDate day = LocalDate.of(2020, 1, 16);
        assertThat(ResponsePages.receivedDate("2020-01-16", britain)).contains(day);
        assertThat(ResponsePages.receivedDate("16/01/2020", britain)).contains(day);
        assertThat(ResponsePages.receivedDate(" 16/1/2020 ", britain)).contains(day);
        assertThat(ResponsePages.receivedDate("16 Jan 2020", britain)).contains(day);
        assertThat(ResponsePages.receivedDate("16 January 2020", britain)).contains(day);
        assertThat(ResponsePages.receivedDate("1/16/2020", Locale.US)).contains(day);
        assertThat(ResponsePages.receivedDate("16/01/2020", Locale.FRANCE)).contains(day);
        assertThat(ResponsePages.receivedDate("16 janvier 2020", Locale.FRANCE)).contains(day);
        // no such day, or no date at all
        assertThat(ResponsePages.receivedDate("31/02/2020", britain)).isEmpty();
        assertThat(ResponsePages.receivedDate("16/13/2020", britain)).isEmpty();
        assertThat(ResponsePages.receivedDate("yesterday", britain)).isEmpty();
    }

    @Test
    void theUploadKeepsItsOwnNameMadeSafe() {
        assertThat(ResponsePages.safeName("reply from Amazon (final).pdf")).isEqualTo("reply-from-Amazon-final-.pdf");
        assertThat(ResponsePages.safeName("C:\\fakepath\\Antwort Müller.eml")).isEqualTo("Antwort-Müller.eml");
        assertThat(ResponsePages.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ResponsePages.safeName(".htaccess")).isEqualTo("htaccess");
        assertThat(ResponsePages.safeName("")).isEqualTo("response");
        assertThat(ResponsePages.safeName("x".repeat(300) + ".pdf")).hasSize(100).endsWith(".pdf");
    }
}
