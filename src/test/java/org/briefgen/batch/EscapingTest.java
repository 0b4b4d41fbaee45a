package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignLoader;
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
        CampaignRun run = new CampaignRun(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data),
                dir.resolve("templates"));
        Path out = dir.resolve("out");
        List<WrittenLetter> letters = run.generate(out, w -> { });
        Path pdf = letters.get(0).file();
        assertThat(pdf.getParent()).isEqualTo(out.resolve("cloud-extraction-2020"));
        assertThat(pdf.getFileName()).hasToString("CE-2020-001-evil-b-x-b-7-7-l-http-x-1-escape.pdf");
        String text = PdfText.flat(PdfText.extract(pdf));
        assertThat(text).contains(evil + " via email").contains("via warrant to " + evil + ".");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("escape"))).isEmpty();
        }
    }
}
