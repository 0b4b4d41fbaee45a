package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.DocxText;
import org.briefgen.EmlParts;
import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.campaign.load.CampaignLoader;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data that looks like markup prints literally, through the whole pipeline, and names no path. */
class EscapingTest {

    @TempDir
    Path dir;

    @Test
    void aHostileCompanyNamePrintsExactlyAsWritten() throws Exception {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        String evil = "**Evil** <b>x</b> ${7*7} [l](http://x) [^1] ../../escape";
        TestCampaigns.edit(data.resolve("recipients.csv"), "amazon-uk,Amazon UK,Amazon,",
                "amazon-uk,\"" + evil + "\",,");
        CampaignRun run = Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data),
                dir.resolve("templates"));
        Path out = dir.resolve("out");
        List<WrittenLetter> letters = TestLetters.issue(run, out);
        Path pdf = letters.get(0).file();
        assertThat(pdf.getParent()).isEqualTo(out.resolve("cloud-extraction-2020"));
        assertThat(pdf.getFileName()).hasToString("CE-2020-001-evil-b-x-b-7-7-l-http-x-1-escape.pdf");
        String text = PdfText.flat(PdfText.extract(pdf));
        assertThat(text).contains(evil + " via email").contains("via warrant to " + evil + ".");

        // the same in the other formats: Word, both bodies of the e-mail, the post
        String word = DocxText.body(DocxText.open(Files.readAllBytes(letters.get(0).files().get(1))));
        assertThat(word).contains(evil + "\nvia email").contains("via warrant to " + evil + ".");
        MimeMessage eml = EmlParts.parse(letters.get(0).files().get(2));
        assertThat(EmlParts.body(eml, "text/plain")).contains(evil + "\nvia email")
                .contains("via warrant to " + evil + ".");
        String html = EmlParts.body(eml, "text/html");
        assertThat(html).contains("**Evil** &lt;b&gt;x&lt;/b&gt; ${7*7} [l](http://x) [^1] ../../escape<br>via email")
                .doesNotContain("<b>x</b>");
        assertThat(EmlParts.htmlText(html)).contains("via warrant to " + evil + ".");
        assertThat(Files.readString(letters.get(0).files().get(3))).contains("What is " + evil + "'s position");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("escape"))).isEmpty();
        }
    }
}
