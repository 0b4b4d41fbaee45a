package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.campaign.load.CampaignLoader;

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
        TestLetters
                .issue(Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                        TestCampaigns.TEMPLATES), out);
    }

    private static byte[] pdf(String name) throws IOException {
        return Files.readAllBytes(out.resolve("cloud-extraction-2020").resolve(name));
    }

    /** The publishable "company responses" page goes through the same writer, so it passes too. */
    @org.junit.jupiter.api.Test
    void theTrackerPagePassesPdfA2aAndPdfUa1() throws IOException {
        Path root = TestCampaigns.copyBundled(out.resolve("tracker-run"));
        Path outDir = root.resolve("out");
        String[] common = {"--data", root.resolve("data").toString(), "--templates",
                root.resolve("templates").toString(),
                "--out", outDir.toString()};
        java.io.PrintWriter quiet = new java.io.PrintWriter(new java.io.StringWriter(), true);
        String[] generate = java.util.stream.Stream.concat(java.util.stream.Stream.of("generate"),
                java.util.Arrays.stream(common)).toArray(String[]::new);
        assertThat(org.briefgen.cli.Main.run(generate, quiet, quiet)).isZero();
        Path page = root.resolve("tracker.pdf");
        assertThat(org.briefgen.cli.Main.run(new String[] {"tracker", "--out", outDir.toString(), "--templates",
                root.resolve("templates").toString(), "--as-of", "2020-01-20",
                "--format", "pdf", "--to", page.toString()}, quiet, quiet)).isZero();
        byte[] bytes = Files.readAllBytes(page);
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
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
