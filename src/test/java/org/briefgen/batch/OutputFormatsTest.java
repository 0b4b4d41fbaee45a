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
    private static final OutputFormat PDF = KNOWN.parse("pdf");
    private static final OutputFormat POST = KNOWN.parse("post");

    @TempDir
    Path dir;

    @Test
    void theBuiltInFormatsComeFirstInTheOrderFilesAreWritten() {
        assertThat(KNOWN.names()).startsWith("pdf", "docx", "eml", "post");
        assertThat(KNOWN.defaults()).extracting(OutputFormat::id).containsExactly("pdf", "docx", "eml", "post");
        assertThat(KNOWN.all()).startsWith(KNOWN.defaults().toArray(OutputFormat[]::new));
        assertThat(KNOWN.suffixes()).startsWith(".pdf", ".docx", ".eml", ".post.txt");
        assertThat(KNOWN.all()).extracting(OutputFormat::suffix).startsWith(".pdf", ".docx", ".eml", ".post.txt");
    }

    @Test
    void namesAreReadInAnyCaseAndAnUnknownOneListsTheFormats() {
        assertThat(KNOWN.parse(" POST ")).isSameAs(POST);
        assertThatThrownBy(() -> KNOWN.parse("odt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'odt' is not a format (choose from " + String.join(", ", KNOWN.names()) + ")");
    }

    @Test
    void chosenFormatsAreWrittenInTheRegistrysOrderEachOnce() {
        assertThat(KNOWN.inOrder(List.of(POST, PDF, POST))).containsExactly(PDF, POST);
    }

    @Test
    void theBriefingGoesWithThePdfAndTheEmailAndThePostHasItsOwnTemplate() {
        assertThat(KNOWN.defaults()).filteredOn(OutputFormat::carriesBriefing).extracting(OutputFormat::id)
                .containsExactly("pdf", "eml");
        assertThat(KNOWN.defaults()).filteredOn(f -> !f.templates().isEmpty()).singleElement()
                .satisfies(f -> assertThat(f.templates()).containsExactly("post.txt.ftl"));
    }

    @Test
    void aRunWritesWhatWasAskedElseWhatTheCampaignNamesElseTheDefaults() {
        CampaignData named = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
        assertThat(KNOWN.forRun(List.of(POST), named)).containsExactly(POST);
        assertThat(KNOWN.forRun(List.of(), named)).extracting(OutputFormat::id).containsExactlyElementsOf(named
                .campaign().formats());
    }

    @Test
    void aCampaignLoadedWithoutTheNamesIsRefusedByTheRunForANameNoFormatHas() {
        Path root = TestCampaigns.copyBundled(dir);
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "formats: [pdf, docx, eml, post]",
                "formats: [EML, odt]");
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(root.resolve("data"));
        assertThat(data.campaign().formats()).containsExactly("eml", "odt");
        DataException e = catchThrowableOfType(DataException.class, () -> KNOWN.forRun(List.of(), data));
        assertThat(e.problems()).singleElement().asString()
                .isEqualTo(root.resolve("data/campaign.yaml") + ": unknown format 'odt' (known: "
                        + String.join(", ", KNOWN.names()) + ")");
    }
}
