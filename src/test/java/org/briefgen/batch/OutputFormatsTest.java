package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry of output formats: its order, its defaults, and how names become formats. */
class OutputFormatsTest {

    private static final OutputFormats KNOWN = OutputFormats.installed();

    @TempDir
    Path dir;

    @Test
    void theBuiltInFormatsComeFirstInTheOrderFilesAreWritten() {
        assertThat(KNOWN.all()).startsWith(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.EML, OutputFormat.POST);
        assertThat(KNOWN.defaults()).containsExactly(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.EML,
                OutputFormat.POST);
        assertThat(KNOWN.names()).startsWith("pdf", "docx", "eml", "post");
        assertThat(KNOWN.all()).extracting(OutputFormat::suffix).startsWith(".pdf", ".docx", ".eml", ".post.txt");
    }

    @Test
    void namesAreReadInAnyCaseAndAnUnknownOneListsTheFormats() {
        assertThat(KNOWN.parse(" POST ")).isSameAs(OutputFormat.POST);
        assertThatThrownBy(() -> KNOWN.parse("odt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'odt' is not a format (choose from " + String.join(", ", KNOWN.names()) + ")");
    }

    @Test
    void chosenFormatsAreWrittenInTheRegistrysOrderEachOnce() {
        assertThat(KNOWN.inOrder(List.of(OutputFormat.POST, OutputFormat.PDF, OutputFormat.POST)))
                .containsExactly(OutputFormat.PDF, OutputFormat.POST);
    }

    @Test
    void aCampaignLoadedWithoutTheNamesIsRefusedByTheRunForANameNoFormatHas() {
        Path root = TestCampaigns.copyBundled(dir);
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "formats: [pdf, docx, eml, post]",
                "formats: [EML, odt]");
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(root.resolve("data"));
        assertThat(data.campaign().formats()).containsExactly("eml", "odt");
        DataException e = catchThrowableOfType(DataException.class, () -> KNOWN.named(data));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo(root.resolve("data/campaign.yaml") + ": unknown format 'odt' (known: "
                        + String.join(", ", KNOWN.names()) + ")");
    }
}
