package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.VeraPdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Names in other writing systems: printed by a fallback font when the house fonts lack them (right-to-left
 * ones in visual order, Arabic joined), refused by {@code validate} when no configured font has
 * them or when they need a shaping engine, never printed as a blank.
 */
class WritingSystemsTest {

    private static final String ARABIC = "\u0634\u0631\u0643\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a"
            + " \u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629"; // شركة الاتصالات السعودية
    private static final String HEBREW = "\u05d1\u05d6\u05e7 \u05d1\u05d9\u05e0\u05dc\u05d0\u05d5\u05de\u05d9"; // בזק בינלאומי
    private static final String ARMENIAN = "\u0540\u0561\u0575\u056f\u0561\u056f\u0561\u0576"; // Հայկական
    private static final String DEVANAGARI = "\u091f\u093e\u091f\u093e \u0938\u0902\u091a\u093e\u0930"; // टाटा संचार

    @TempDir
    Path dir;

    private Cli withCompany(String company) {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), "northwind-home,Northwind Home Ltd,Northwind,",
                "northwind-home," + company + ",Northwind,");
        return cli;
    }

    private Path style(Cli cli) {
        return cli.root.resolve("templates/style.yaml");
    }

    private static void append(Path file, String text) {
        TestCampaigns.write(file, TestCampaigns.read(file).replaceAll("(?m)^fallback_fonts:.*(\\n  - .*)*\\n?", "")
                + "\n" + text + "\n");
    }

    private Path letter(Cli cli) throws IOException {
        try (var files = Files.list(cli.out().resolve("cloud-extraction-2020"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("CE-2020-002")
                    && f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }

    @Test
    void anArabicNameIsRefusedWithoutAFallbackFontAndPrintedJoinedInOrderWithIt() throws IOException {
        Cli cli = withCompany(ARABIC);
        append(style(cli), "fallback_fonts: []");
        Cli.Result refused = cli.generate("--formats", "pdf");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("recipient 'northwind-home'").contains("field company \"" + ARABIC + "\"")
                .contains("'\u0634' U+0634").contains("ARABIC");
        assertThat(cli.out()).doesNotExist();

        append(style(cli), "fallback_fonts: [dejavu-sans]");
        Cli.Result r = cli.generate("--formats", "pdf");
        assertThat(r.code()).as(r.err()).isZero();
        byte[] pdf = Files.readAllBytes(letter(cli));

        // drawn: Arabic letters in their joined (presentation) forms, right to left, by DejaVu Sans
        String line = PdfText.visualLines(pdf).stream().filter(l -> l.codePoints().anyMatch(cp -> cp >= 0xFE70))
                .findFirst().orElseThrow(() -> new AssertionError("no shaped Arabic in the letter"));
        String visual = line.strip();
        String readBack = Normalizer.normalize(new StringBuilder(visual).reverse().toString(), Normalizer.Form.NFKC)
                .replace('\u00a0', ' ');
        assertThat(readBack).isEqualTo(ARABIC);
        assertThat(fontNames(pdf)).anyMatch(n -> n.contains("DejaVuSans"));
        // read: screen readers and copying get the name as typed
        assertThat(actualTexts(pdf)).contains(ARABIC);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theBundledStyleFallsBackToDejaVuSansForHebrewAndArmenian() throws IOException {
        Cli cli = withCompany(HEBREW + " (" + ARMENIAN + ")");
        Cli.Result r = cli.generate("--formats", "pdf");
        assertThat(r.code()).as(r.err()).isZero();
        byte[] pdf = Files.readAllBytes(letter(cli));
        // Hebrew is in Liberation Sans, drawn right to left; Armenian comes from DejaVu Sans
        String reversed = new StringBuilder(HEBREW).reverse().toString();
        assertThat(PdfText.visualLines(pdf)).anyMatch(l -> l.replace('\u00a0', ' ')
                .startsWith(reversed + " (" + ARMENIAN + ")"));
        assertThat(actualTexts(pdf)).contains(HEBREW);
        assertThat(fontNames(pdf)).anyMatch(n -> n.contains("DejaVuSans")).anyMatch(n -> n.contains("LiberationSans"));
    }

    @Test
    void aFontFileBesideTheStyleCanBeTheFallback() throws IOException {
        Cli cli = withCompany(ARMENIAN + " Telecom");
        Path fonts = Files.createDirectories(cli.root.resolve("templates/fonts"));
        try (InputStream in = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            Files.copy(in, fonts.resolve("Serif.ttf"));
        }
        append(style(cli), "fallback_fonts:\n  - regular: fonts/Serif.ttf");
        Cli.Result r = cli.generate("--formats", "pdf");
        assertThat(r.code()).as(r.err()).isZero();
        byte[] pdf = Files.readAllBytes(letter(cli));
        assertThat(PdfText.extract(pdf)).contains(ARMENIAN + " Telecom");
        assertThat(fontNames(pdf)).anyMatch(n -> n.contains("DejaVuSerif"));
    }

    @Test
    void aMissingFallbackFontFileIsAStyleErrorNamingTheEntry() {
        Cli cli = withCompany("Northwind Home Ltd");
        append(style(cli), "fallback_fonts:\n  - dejavu-sans\n  - fonts/NotoSansJP-Regular.otf");
        Cli.Result r = cli.generate();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(style(cli) + ": fallback_fonts[2]: font file not found: ")
                .contains("NotoSansJP-Regular.otf");
        assertThat(cli.out()).doesNotExist();
    }

    @Test
    void anUnknownFallbackFontNameIsAStyleError() {
        Cli cli = withCompany("Northwind Home Ltd");
        append(style(cli), "fallback_fonts: [noto-sans]");
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates",
                cli.root.resolve("templates").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("fallback_fonts[1]: 'noto-sans' is neither a built-in font (dejavu-sans, "
                + "dejavu-serif, dejavu-mono) nor a .ttf or .otf file");
    }

    @Test
    void aScriptThatNeedsAShapingEngineIsRefusedNotDrawnWrongly() {
        Cli cli = withCompany(DEVANAGARI);
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates",
                cli.root.resolve("templates").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("recipient 'northwind-home'").contains("field company")
                .contains("needs a text shaping engine").contains("'\u091f' U+091F").contains("DEVANAGARI");
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                }
            }
        }
        return names;
    }

    private static List<String> actualTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), texts);
        }
        return texts;
    }

    private static void collect(PDStructureNode node, List<String> texts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getActualText() != null) {
                    texts.add(element.getActualText());
                }
                collect(element, texts);
            }
        }
    }
}
