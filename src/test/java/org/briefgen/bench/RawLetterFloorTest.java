package org.briefgen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.OutputFormats;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The floor of bench/batch.sh is a fair one: the same letter as briefgen's, as archival and accessible. */
class RawLetterFloorTest {

    @TempDir
    Path out;

    @Test
    void theFloorWritesBriefgensAmazonLetterWithTheSameTextAndPages() {
        TestLetters
                .issue(Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                        TestCampaigns.TEMPLATES, java.util.Set.of(OutputFormats.installed().parse("pdf"))), out);
        String briefgen = PdfText.flat(PdfText.extract(out.resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf")));
        byte[] floor = floorLetter();

        assertThat(PdfText.flat(PdfText.extract(floor))).isEqualTo(briefgen.replace("CE-2020-001", "FLOOR-00001"));
    }

    @Test
    void theFloorsLetterPassesPdfA2aAndPdfUa1() {
        byte[] floor = floorLetter();

        assertThat(VeraPdf.failures(floor, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(floor, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static byte[] floorLetter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RawLetterFloor().write(1, bytes);
        return bytes.toByteArray();
    }
}
