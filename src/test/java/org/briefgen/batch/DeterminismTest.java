package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give byte-identical letters in every format, whatever the day or the run. */
class DeterminismTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    private List<WrittenLetter> run(Path out, LocalDate today) {
        return TestLetters.issue(Campaigns.installed().run(new CampaignLoader(today).load(TestCampaigns.DATA),
                TestCampaigns.TEMPLATES), out);
    }

    /** Regression: iText wrote fonts in an order that depended on how many PDFs the JVM had made before. */
    @Test
    void aLetterIsTheSameWhateverWasRenderedBeforeIt() throws IOException {
        Path early = run(first, LocalDate.of(2030, 1, 1)).get(0).file();
        for (int i = 0; i < 3; i++) {
            run(second, LocalDate.of(2030, 1, 1));
        }
        Path late = run(second, LocalDate.of(2030, 1, 1)).get(0).file();
        assertThat(Files.readAllBytes(late)).isEqualTo(Files.readAllBytes(early));
    }

    @Test
    void twoRunsGiveIdenticalBytes() throws IOException {
        List<WrittenLetter> a = run(first, LocalDate.of(2030, 1, 1));
        List<WrittenLetter> b = run(second, LocalDate.of(2031, 6, 15));
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).files()).hasSameSizeAs(a.get(i).files()).hasSizeGreaterThan(1);
            for (int f = 0; f < a.get(i).files().size(); f++) {
                Path file = b.get(i).files().get(f);
                assertThat(Files.readAllBytes(file)).as(file.toString())
                        .isEqualTo(Files.readAllBytes(a.get(i).files().get(f)));
            }
        }
    }
}
