package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response form's date, written as people write dates, and the uploaded file's own name made safe. */
class ResponseFormTest {

    @TempDir
    Path dir;

    @Test
    void theExampleOfAWrittenDateIsTheLanguagesAndReadsBack() {
        LocalDate day = LocalDate.of(2020, 1, 16);
        assertThat(ResponsePages.written(Locale.forLanguageTag("en-GB"))).isEqualTo("16/01/2020");
        assertThat(ResponsePages.written(Locale.US)).isEqualTo("1/16/2020");
        assertThat(ResponsePages.written(Locale.GERMANY)).isEqualTo("16.01.2020");
        for (Locale locale : new Locale[] {Locale.forLanguageTag("en-GB"), Locale.US, Locale.GERMANY, Locale.FRANCE,
                Locale.forLanguageTag("es-ES")}) {
            assertThat(ResponsePages.receivedDate(ResponsePages.written(locale), locale)).as(locale.toString())
                    .contains(day);
        }
    }

    @Test
    void theFormsHintAndReadingFollowTheCampaignsLanguage() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path campaign = root.resolve("data/campaign.yaml");
        Files.writeString(campaign, Files.readString(campaign).replace("language: en-GB", "language: en-US"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            assertThat(web.get("/archive/CE-2020-002").body()).contains("write it as 1/16/2020 (or 2020-01-16)")
                    .doesNotContain("16/01/2020");
            HttpResponse<String> refused = web.post("/archive/CE-2020-002/responses", Map.of("_csrf", web.csrf(),
                    "kind", "response", "received", "16/01/2020"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("is not a date", "write it as 1/16/2020 or 2020-01-16");
            HttpResponse<String> recorded = web.post("/archive/CE-2020-002/responses", Map.of("_csrf", web.csrf(),
                    "kind", "response", "received", "1/16/2020"));
            assertThat(recorded.statusCode()).isEqualTo(303);
        }
    }

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
