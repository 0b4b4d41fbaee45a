package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.VeraPdf;
import org.briefgen.campaign.CampaignLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every PDF briefgen writes is archival (PDF/A-2a) and accessible (PDF/UA-1), as veraPDF judges. */
class ConformanceTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() {
        new CampaignRun(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA), TestCampaigns.TEMPLATES)
                .generate(out, w -> { });
    }

    private static byte[] pdf(String name) throws IOException {
        return Files.readAllBytes(out.resolve("cloud-extraction-2020").resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CE-2020-001-amazon-uk.pdf", "CE-2020-003-fieldfare-messaging-ltd.pdf",
        "CE-2020-004-sondergaard-connect-aps.pdf"})
    void lettersPassPdfA2a(String name) throws IOException {
        List<String> failures = VeraPdf.failures(pdf(name), PDFAFlavour.PDFA_2_A);
        assertThat(failures).as("PDF/A-2a rules failed by " + name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CE-2020-001-amazon-uk.pdf", "CE-2020-003-fieldfare-messaging-ltd.pdf",
        "CE-2020-004-sondergaard-connect-aps.pdf"})
    void lettersPassPdfUa1(String name) throws IOException {
        List<String> failures = VeraPdf.failures(pdf(name), PDFAFlavour.PDFUA_1);
        assertThat(failures).as("PDF/UA-1 rules failed by " + name).isEmpty();
    }
}
