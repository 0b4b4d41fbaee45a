package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.briefgen.DocxText;
import org.briefgen.PdfGlyphs;
import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.VeraPdf;
import org.briefgen.failure.ExitCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A campaign in six languages, two of them right to left (issue 26): the bundled campaign (English,
 * French) with letters in Arabic (src/test/resources/arabic), German, Spanish and Hebrew
 * (src/test/resources/six-languages). Every letter's PDF is PDF/A-2a and PDF/UA-1 as veraPDF checks;
 * each letter, PDF and Word, is dated in its language; the Arabic and Hebrew ones read from the right.
 */
class SixLanguagesTest {

    private static final Path ARABIC = Path.of("src/test/resources/arabic");
    private static final Path SIX = Path.of("src/test/resources/six-languages");
    /** The bundled style's right margin, 20 mm from the A4 page's edge. */
    private static final float RIGHT = 595.28f - 56.69f;

    @TempDir
    static Path dir;

    static Cli cli;
    static Cli.Result generate;

    @BeforeAll
    static void generate() throws IOException {
        cli = new Cli(dir);
        Path templates = cli.root.resolve("templates");
        for (String template : List.of("letter.ar.md.ftl", "summary.ar.md.ftl", "messages.ar.properties")) {
            Files.copy(ARABIC.resolve(template), templates.resolve(template));
        }
        for (String template : List.of("letter.de.md.ftl", "letter.es.md.ftl", "letter.he.md.ftl",
                "messages.he.properties")) {
            Files.copy(SIX.resolve(template), templates.resolve(template));
        }
        Files.copy(ARABIC.resolve("waha-home-camera-quarry.md"),
                cli.data().resolve("findings/waha-home-camera-quarry.md"));
        Path survey = cli.data().resolve("surveys/yougov-2019.yaml");
        TestCampaigns.write(survey, TestCampaigns.read(survey) + TestCampaigns.read(ARABIC.resolve("survey.ar.yaml")));
        Path recipients = cli.data().resolve("recipients.csv");
        TestCampaigns.write(recipients,
                TestCampaigns.read(recipients) + TestCampaigns.read(ARABIC.resolve("recipient.csv"))
                        + TestCampaigns.read(SIX.resolve("recipients.csv")));
        generate = cli.generate();
    }

    @ParameterizedTest
    @CsvSource({"CE-2020-001, 7 January 2020, false", "CE-2020-005, 'Londres, le 7 janvier 2020', false",
            "CE-2020-006, لندن في ٧ يناير ٢٠٢٠, true", "CE-2020-007, 'London, den 7. Januar 2020', false",
            "CE-2020-008, 'Londres, 7 de enero de 2020', false", "CE-2020-009, 'לונדון, 7 בינואר 2020', true"})
    void eachLetterIsInItsLanguageAndItsPdfIsVeraPdfClean(String reference, String date, boolean rightToLeft) {
        assertThat(generate.code()).as(generate.err()).isEqualTo(ExitCode.OK);
        byte[] pdf = bytes(file(reference, ".pdf"));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).as(reference).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(reference).isEmpty();
        assertThat(PdfText.flat(PdfText.extract(pdf))).contains(date);
        byte[] docx = bytes(file(reference, ".docx"));
        assertThat(DocxText.body(DocxText.open(docx))).contains(date);
        String body = DocxText.part(docx, "word/document.xml");
        if (rightToLeft) {
            assertThat(body).contains("<w:bidi/>");
            String start = date.substring(0, date.indexOf(date.contains(",") ? ',' : ' '));
            List<PdfGlyphs.Glyph> line = PdfGlyphs.lineStartingWith(PdfGlyphs.lines(pdf), start);
            assertThat(line.stream().map(g -> g.x() + g.width()).max(Float::compare).orElseThrow())
                    .as("%s's date line read from the right margin", reference).isCloseTo(RIGHT, offset(1.5f));
        } else {
            assertThat(body).doesNotContain("<w:bidi/>");
        }
    }

    /** Companies named in Arabic and Hebrew letters: their files carry their ids, not "recipient". */
    @Test
    void lettersToCompaniesNamedInOtherScriptsAreNamedByTheirIds() {
        assertThat(file("CE-2020-006", ".pdf").getFileName()).hasToString("CE-2020-006-waha.pdf");
        assertThat(file("CE-2020-009", ".docx").getFileName()).hasToString("CE-2020-009-galil.docx");
        assertThat(file("CE-2020-007", ".pdf").getFileName()).hasToString("CE-2020-007-rheinwerk-heimtechnik-gmbh.pdf");
    }

    /** The letters the test above does not look at one by one, and the briefings, are veraPDF-clean too. */
    @Test
    void everyOtherPdfOfTheRunIsVeraPdfCleanToo() throws IOException {
        assertThat(generate.code()).as(generate.err()).isEqualTo(ExitCode.OK);
        Set<String> checked = Set.of("CE-2020-001", "CE-2020-005", "CE-2020-006", "CE-2020-007", "CE-2020-008",
                "CE-2020-009");
        List<Path> others;
        try (Stream<Path> files = Files.walk(cli.out())) {
            others = files.filter(f -> f.getFileName().toString().endsWith(".pdf")).filter(f -> checked.stream()
                    .noneMatch(c -> f.getFileName().toString().startsWith(c + "-"))).sorted().toList();
        }
        assertThat(others).as("letters 002 to 004 and the briefings").hasSizeGreaterThanOrEqualTo(5);
        for (Path pdf : others) {
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A)).as(pdf.toString()).isEmpty();
            assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).as(pdf.toString()).isEmpty();
        }
    }

    private static Path file(String reference, String extension) {
        try (Stream<Path> files = Files.list(cli.out().resolve("cloud-extraction-2020"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(reference + "-")
                    && f.getFileName().toString().endsWith(extension)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
