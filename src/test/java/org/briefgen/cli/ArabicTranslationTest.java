package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.briefgen.PdfGlyphs.actualText;
import static org.briefgen.PdfGlyphs.leftToRight;
import static org.briefgen.PdfGlyphs.lineStartingWith;
import static org.briefgen.PdfGlyphs.lines;
import static org.briefgen.PdfGlyphs.rightToLeft;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import org.briefgen.DocxText;
import org.briefgen.PdfGlyphs;
import org.briefgen.PdfGlyphs.Glyph;
import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.failure.ExitCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign adds a language briefgen does not ship: an Arabic translation of the bundled letter
 * (src/test/resources/arabic: the letter and its summary, every message, the survey's words, an
 * Arabic finding) and a Saudi company ({@code ar-SA}). Its letter, through {@code validate} and
 * {@code generate}, is in Arabic and laid out right to left in the PDF and the Word file; the
 * English letters are as they were.
 */
class ArabicTranslationTest {

    private static final Path FIXTURES = Path.of("src/test/resources/arabic");
    private static final float PAGE_WIDTH = 595.28f;
    /** The bundled style's margins: 22 mm on the left, 20 mm on the right. */
    private static final float LEFT = 62.36f;
    private static final float RIGHT = PAGE_WIDTH - 56.69f;
    /** English the Arabic letter must not hold: briefgen's words and the English template's. */
    private static final List<String> ENGLISH = List.of("January", "November", "Page 1 of", "Ref.", "Dear",
            "via email", "and via", "Illustrative", "derived", "Unweighted", "All figures", "Fieldwork",
            "Please respond", "Kind regards", "Summary of the research", "How well", "Do any of the apps",
            "Don't know", "Yes", "states that", "45.6%", "44.3%", "RE:", "Phone", "adults");

    @TempDir
    static Path dir;

    static Cli cli;
    static Cli.Result validate;
    static Cli.Result generate;

    @BeforeAll
    static void generate() throws IOException {
        cli = new Cli(dir);
        Path templates = cli.root.resolve("templates");
        for (String template : List.of("letter.ar.md.ftl", "summary.ar.md.ftl", "messages.ar.properties")) {
            Files.copy(FIXTURES.resolve(template), templates.resolve(template));
        }
        Files.copy(FIXTURES.resolve("waha-home-camera-quarry.md"),
                cli.data().resolve("findings/waha-home-camera-quarry.md"));
        append(cli.data().resolve("surveys/yougov-2019.yaml"), FIXTURES.resolve("survey.ar.yaml"));
        append(cli.data().resolve("recipients.csv"), FIXTURES.resolve("recipient.csv"));
        validate = Cli.run("validate", "--data", cli.data().toString(), "--templates", templates.toString());
        generate = cli.generate();
    }

    private static void append(Path file, Path more) {
        TestCampaigns.write(file, TestCampaigns.read(file) + TestCampaigns.read(more));
    }

    @Test
    void validateAcceptsTheTranslationAndGenerateWritesTheSixthLetter() {
        assertThat(validate.code()).as(validate.err()).isEqualTo(ExitCode.OK);
        assertThat(validate.out()).startsWith("ok: campaign cloud-extraction-2020, 6 letters checked");
        assertThat(validate.err()).doesNotContain("error", "letter.ar.md.ftl", "summary.ar.md.ftl",
                "messages.ar.properties", "waha", "yougov-2019.yaml");
        assertThat(generate.code()).as(generate.err()).isEqualTo(ExitCode.OK);
        assertThat(generate.out()).contains("CE-2020-006    شركة واحة المنزل الذكي");
        assertThat(pdf()).exists();
    }

    @Test
    void itsPdfIsInArabicAndSaysSo() throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf()))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar-SA");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("تحليل بيانات السحابة: رسالة إلى شركة واحة المنزل الذكي");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        // the PDF draws Arabic vowel signs over and under their letters: PdfText compares the drawn words without them
        String text = PdfText.flat(PdfText.extract(pdf()));
        assertThat(text).contains("لندن في ٧ يناير ٢٠٢٠", "نرجو منكم الرد في موعد أقصاه ١٧ يناير ٢٠٢٠",
                "السادة المحترمون،", "الموضوع: تحليل بيانات السحابة", "privacy@waha.example.org",
                "بيانات منتجكم Waha Home Camera يمكن", "وتؤكد Quarry Forensics في هذا الصدد:",
                "ملخص بحثنا", "عملاؤكم يعتمدون عليكم في حماية بياناتهم",
                "أن ٤٥٫٦٪ من المشاركين", "وأن ٤٤٫٣٪ لا يعلمون", "إلى أي مدى تفهم",
                "أرقام توضيحية، وليست نتائج استطلاع", "نعم (٥٥٫٧٪): رقم مستنتج، ١٠٠٪ ناقص النسبة المنشورة ٤٤٫٣٪",
                "بلغ حجم العينة الإجمالي ٢٬٠٧٢ من البالغين", "في الفترة من ٧ إلى ٨ نوفمبر ٢٠١٩",
                "وتفضلوا بقبول فائق الاحترام والتقدير،", "الصفحة ١ من ٢",
                "الصفحة ٢ من ٢");
        assertThat(ENGLISH).allSatisfy(english -> assertThat(text).doesNotContain(english));
        // what a screen reader reads, Latin inside the Arabic in its place, vowel signs and all
        assertThat(actualText(bytes(pdf()))).contains("وعبر Twitter @WahaHome",
                "«تستعيد أداة Quarry Cloud Extractor جميع مقاطع الفيديو التي سجّلتها كاميرا Waha Home Camera",
                "نقلًا عن Quarry Forensics: https://quarry-forensics.example.org/ar/cloud-extractor",
                "نرجو منكم الردّ في موعد أقصاه ١٧ يناير ٢٠٢٠.");
    }

    @Test
    void itsPdfsLinesStartAtTheRightMargin() {
        List<List<Glyph>> lines = lines(bytes(pdf()));
        for (String start : List.of("لندن في", "شركة واحة المنزل الذكي", "السادة المحترمون", "يتبين من بحثنا",
                "لذلك نود معرفة", "نرجو منكم الرد", "ملخص بحثنا")) {
            List<Glyph> line = lineStartingWith(lines, start);
            assertThat(line.stream().map(g -> g.x() + g.width()).max(Float::compare).orElseThrow()).as(start)
                    .isCloseTo(RIGHT, offset(1.5f));
            assertThat(line.stream().map(Glyph::x).min(Float::compare).orElseThrow()).as(start)
                    .isGreaterThan(LEFT + 20);
        }
        // the organisation's name on the right; its address lines, isolated, on the left in their own order
        assertThat(lines.stream().filter(l -> leftToRight(l).equals("PRIVACYINTERNATIONAL")).findFirst().orElseThrow()
                .stream().map(g -> g.x() + g.width()).max(Float::compare)
                .orElseThrow()).isCloseTo(RIGHT, offset(1.5f));
        String drawn = lines.stream().map(PdfGlyphs::leftToRight).collect(Collectors.joining("\n"));
        assertThat(drawn).contains("62BrittonStreet", "+44(0)2034224321", "privacy@waha.example.org");
        // the footer's reference on the right (read from the right: المرجع, then the reference), its page number on the left
        assertThat(rightToLeft(lines.get(lines.size() - 1))).startsWith("المرجع 600-0202-EC").endsWith("الصفحة ١ من ٢");
    }

    /** Looked at as a picture: the body's rows of ink end at the right margin, ragged on the left. */
    @Test
    void itsFirstPageLooksRightToLeft() throws IOException {
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(bytes(pdf()))) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
        Path png = Path.of("target/arabic/CE-2020-006-page-1.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(page, "png", png.toFile());
        // kept to be looked at (pdftoppm, or soffice for the Word file) after the test's folder is gone
        Files.copy(pdf(), png.resolveSibling("CE-2020-006.pdf"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(path(".docx"), png.resolveSibling("CE-2020-006.docx"), StandardCopyOption.REPLACE_EXISTING);
        int atRight = 0;
        int atLeft = 0;
        for (int y = page.getHeight() / 4; y < page.getHeight() * 9 / 10; y++) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xff) < 160) {
                    first = first < 0 ? x : first;
                    last = x;
                }
            }
            if (first >= 0) {
                atRight += last > RIGHT - 5 && last < RIGHT + 1 ? 1 : 0;
                atLeft += first > LEFT - 1 && first < LEFT + 5 ? 1 : 0;
            }
        }
        assertThat(atRight).as("rows of ink ending at the right margin (%d at the left)", atLeft).isGreaterThan(60);
        assertThat(atLeft).as("rows of ink starting at the left margin").isLessThan(atRight / 4);
    }

    @Test
    void itsWordFileIsRightToLeftAndInArabic() {
        byte[] docx = bytes(path(".docx"));
        String body = DocxText.part(docx, "word/document.xml");
        int paragraphs = count(body, "<w:p>") + count(body, "<w:p ");
        int charts = count(body, "<c:chart ");
        assertThat(charts).isEqualTo(2);
        assertThat(count(body, "<w:bidi/>")).as("every paragraph but the charts' and the section right to left")
                .isEqualTo(paragraphs - charts + 1);
        assertThat(DocxText.part(docx, "word/styles.xml")).contains("<w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/>");
        assertThat(DocxText.part(docx, "docProps/core.xml")).contains("<dc:language>ar-SA</dc:language>");
        assertThat(DocxText.part(docx, "word/header1.xml")).contains("<w:bidi/>");
        assertThat(DocxText.part(docx, "word/footer1.xml")).contains("<w:bidi/>", "المرجع CE-2020-006");
        String text = DocxText.body(DocxText.open(docx));
        assertThat(text).contains("لندن في ٧ يناير ٢٠٢٠", "نرجو منكم الردّ في موعد أقصاه ١٧ يناير ٢٠٢٠",
                "أنّ ٤٥٫٦٪ من المشاركين");
        assertThat(ENGLISH).allSatisfy(english -> assertThat(text).doesNotContain(english));
    }

    @Test
    void theEnglishAndFrenchLettersAreUnaffected() throws IOException {
        Path amazon = folder().resolve("CE-2020-001-amazon-uk.pdf");
        String english = PdfText.flat(PdfText.extract(amazon));
        assertThat(english).contains("7 January 2020", "Please respond no later than 17 January 2020",
                "Page 1 of 2", "Ref. CE-2020-001", "45.6%").doesNotContain("يناير", "٪", "Waha");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(amazon))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
        assertThat(DocxText.part(bytes(folder().resolve("CE-2020-001-amazon-uk.docx")), "word/document.xml"))
                .doesNotContain("<w:bidi/>", "<w:rtl/>");
        assertThat(PdfText.flat(PdfText.extract(folder().resolve("CE-2020-005-maisonnette-connectee-sas.pdf"))))
                .contains("Londres, le 7 janvier 2020", "45,6\u202f% des personnes interrogées")
                .doesNotContain("يناير");
    }

    private static Path folder() {
        return cli.out().resolve("cloud-extraction-2020");
    }

    /** The Arabic letter's file: its company's name has no Latin letters, so its name is the reference's. */
    private static Path pdf() {
        return path(".pdf");
    }

    private static Path path(String extension) {
        return folder().resolve("CE-2020-006-waha" + extension);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
