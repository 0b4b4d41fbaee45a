package org.briefgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefgen.PdfGlyphs.actualText;
import static org.briefgen.PdfGlyphs.leftToRight;
import static org.briefgen.PdfGlyphs.lineStartingWith;
import static org.briefgen.PdfGlyphs.lines;
import static org.briefgen.PdfGlyphs.rightToLeft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.briefgen.DocxText;
import org.briefgen.PdfGlyphs.Glyph;
import org.briefgen.PdfText;
import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.Document;
import org.briefgen.document.TextDirection;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.render.docx.DocxRenderer;
import org.briefgen.render.html.HtmlRenderer;
import org.briefgen.render.pdf.PdfRenderer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * An Arabic letter (read from Markdown, language ar-SA) is laid out right to left in the PDF, the
 * Word document and the HTML: lines start on the right, the frame is mirrored, Latin names,
 * references, numbers and addresses inside the Arabic read in the right order, and the logical
 * text can be read back.
 */
class RightToLeftLetterTest {

    private static final Document LETTER = read("letter.ar.md");
    private static final Document FIGURES = read("figures.ar.md");
    private static final float PAGE_WIDTH = 595.28f;
    /** The house style's margins: 22 mm on the left, 20 mm on the right. */
    private static final float LEFT = 62.36f;
    private static final float RIGHT = PAGE_WIDTH - 56.69f;

    private static Document read(String name) {
        try {
            return new MarkdownReader().read(Files.readString(Path.of("src/test/resources/rtl/" + name)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theLanguageSaysWhichWayALetterIsWritten() {
        for (String tag : List.of("ar", "ar-SA", "he-IL", "fa", "ur", "ur-PK", "yi", "pa-Arab", "ckb-IQ")) {
            assertThat(TextDirection.of(tag)).as(tag).isEqualTo(TextDirection.RIGHT_TO_LEFT);
        }
        for (String tag : List.of("en-GB", "fr", "da-DK", "az-Latn", "tr", "", "x")) {
            assertThat(TextDirection.of(tag)).as(tag).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        }
        assertThat(LETTER.info().direction()).isEqualTo(TextDirection.RIGHT_TO_LEFT);
    }

    @Test
    void thePdfIsArchivalAndAccessible() {
        byte[] pdf = pdf(LETTER);
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        byte[] figures = pdf(FIGURES);
        assertThat(VeraPdf.failures(figures, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(figures, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void thePdfsLinesStartOnTheRight() {
        List<List<Glyph>> lines = lines(pdf(LETTER));
        // the salutation, the closing and the first line of the body start at the right margin
        for (String start : List.of("السادة المحترمون", "وتفضلوا بقبول", "يتبين من بحثنا", "٧ يناير",
                "ليلى حداد")) {
            List<Glyph> line = lineStartingWith(lines, start);
            float right = line.stream().map(g -> g.x() + g.width()).max(Float::compare).orElseThrow();
            float left = line.stream().map(g -> g.x()).min(Float::compare).orElseThrow();
            assertThat(right).as(start).isCloseTo(RIGHT, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(left).as(start).isGreaterThan(LEFT + 20);
        }
        // Latin inside the Arabic reads left to right, where the Arabic before it ends
        List<Glyph> first = lineStartingWith(lines, "يتبين من بحثنا");
        String leftToRight = first.stream().sorted(Comparator.comparing(Glyph::x)).map(Glyph::text)
                .collect(Collectors.joining());
        assertThat(leftToRight).contains("NorthwindCloudBackup");
        String rightToLeft = rightToLeft(first);
        assertThat(rightToLeft.indexOf("خدمتكم")).isLessThan(rightToLeft.indexOf("kcaB"));
        // the e-mail address and the reference stay whole, in their own order
        String drawn = lines.stream().map(l -> l.stream().sorted(Comparator.comparing(Glyph::x)).map(Glyph::text)
                .collect(Collectors.joining())).collect(Collectors.joining("\n"));
        assertThat(drawn).contains("privacy@digital-privacy.example", "CE-2020-001-northwind",
                "privacy@northwind.example");
        // the list numbers stand on the right of their items
        lineStartingWith(lines, "1. هل تعلمون");
        lineStartingWith(lines, "3. هل تخطرون");
    }

    @Test
    void thePdfsFrameIsMirrored() {
        List<List<Glyph>> lines = lines(pdf(LETTER));
        // the organisation's name on the right, its contact lines on the left
        List<Glyph> name = lineStartingWith(lines, "منظمة الخصوصية الرقمية");
        assertThat(name.stream().map(g -> g.x() + g.width()).max(Float::compare).orElseThrow())
                .isCloseTo(RIGHT, org.assertj.core.data.Offset.offset(1.5f));
        assertThat(name.stream().map(Glyph::x).min(Float::compare).orElseThrow()).isGreaterThan(PAGE_WIDTH / 3);
        List<Glyph> website = lines.stream().filter(l -> leftToRight(l).contains("www.digital-privacy.example"))
                .findFirst()
                .orElseThrow();
        assertThat(website.stream().map(Glyph::x).min(Float::compare).orElseThrow())
                .isCloseTo(LEFT, org.assertj.core.data.Offset.offset(1.5f));
        // the reference in the footer on the right, the page number on the left
        // (the page number's digits are Arabic, from another font: its line may stand a hair apart)
        List<Glyph> footer = lines.subList(lines.size() - 2, lines.size()).stream().flatMap(List::stream).toList();
        float ref = footer.stream().filter(g -> g.text().equals("R")).map(Glyph::x).findFirst().orElseThrow();
        float page = footer.stream().filter(g -> g.text().equals("P")).map(Glyph::x).findFirst().orElseThrow();
        assertThat(ref).isGreaterThan(PAGE_WIDTH / 2);
        assertThat(page).isLessThan(PAGE_WIDTH / 2);
    }

    @Test
    void thePdfsTextReadsInLogicalOrder() {
        byte[] pdf = pdf(LETTER);
        // what a reader copies: PDFBox puts the drawn lines back in logical order
        String extracted = PdfText.flat(PdfText.extract(pdf));
        assertThat(extracted).contains("السادة المحترمون،", "وتفضلوا بقبول فائق الاحترام والتقدير،",
                "في موعد أقصاه ٢١ يناير ٢٠٢٠ إلى العنوان", "privacy@digital-privacy.example");
        // what a screen reader reads: the actual text of each line, as typed, vowel signs and all
        String actual = actualText(pdf);
        assertThat(actual).contains("يتبيّن من بحثنا المرفق أنّ خدمتكم Northwind Cloud Backup يمكن الوصول",
                "يُرجى إرسال ردّكم في موعد أقصاه ٢١ يناير ٢٠٢٠ إلى العنوان privacy@digital-privacy.example، مع ذكر "
                        + "المرجع CE-2020-001-northwind في سطر الموضوع.",
                "هل تُخطرون عملاءكم عندما تطّلع جهة حكومية على بياناتهم، وفي أيّ مهلة؟");
    }

    @Test
    void thePdfsTablesAndChartsReadFromTheRight() {
        List<List<Glyph>> lines = lines(pdf(FIGURES));
        List<Glyph> header = lines.stream().filter(l -> rightToLeft(l).contains("السؤال")).findFirst().orElseThrow();
        String headerRightToLeft = rightToLeft(header);
        assertThat(headerRightToLeft.indexOf("السؤال")).isLessThan(headerRightToLeft.indexOf("النسبة"));
        assertThat(headerRightToLeft.indexOf("النسبة")).isLessThan(headerRightToLeft.indexOf("عدد المشاركين"));
        // the chart's label on the right, its value on the left
        List<Glyph> bar = lines.stream().filter(l -> rightToLeft(l).startsWith("يخزنون صورهم في السحابة"))
                .reduce((first, second) -> second).orElseThrow();
        float value = bar.stream().filter(g -> g.text().equals("%")).map(Glyph::x).max(Float::compare).orElseThrow();
        assertThat(value).isLessThan(PAGE_WIDTH / 4);
    }

    @Test
    void theWordDocumentIsRightToLeft() {
        byte[] docx = new DocxRenderer(TestLetters.style()).render(LETTER);
        String body = DocxText.part(docx, "word/document.xml");
        int paragraphs = count(body, "<w:p>") + count(body, "<w:p ");
        assertThat(count(body, "<w:bidi/>")).as("every paragraph and the section right to left")
                .isEqualTo(paragraphs + 1);
        assertThat(body).containsPattern("<w:sectPr>.*<w:bidi/></w:sectPr>");
        // runs of Arabic are right-to-left runs; the Latin company name is not
        assertThat(runsWith(body, "السادة المحترمون")).allMatch(run -> run.contains("<w:rtl/>"));
        assertThat(runsWith(body, "Northwind Telecom Ltd")).noneMatch(run -> run.contains("<w:rtl/>"));
        assertThat(DocxText.part(docx, "word/styles.xml")).contains("<w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/>");
        assertThat(DocxText.part(docx, "word/footnotes.xml")).contains("<w:bidi/>");
        assertThat(DocxText.part(docx, "word/header1.xml")).contains("<w:bidi/>", "<w:bidiVisual/>");
        assertThat(DocxText.part(docx, "word/footer1.xml")).contains("<w:bidi/>");
        // bold Arabic is bold in the complex-script face Word sets it in
        assertThat(runsWith(body, "ليلى حداد")).allMatch(run -> run.contains("<w:bCs w:val=\"on\"/>"));
        String text = DocxText.body(DocxText.open(docx));
        assertThat(text).contains("يُرجى إرسال ردّكم في موعد أقصاه ٢١ يناير ٢٠٢٠ إلى العنوان "
                + "privacy@digital-privacy.example");
        byte[] figures = new DocxRenderer(TestLetters.style()).render(FIGURES);
        assertThat(DocxText.part(figures, "word/document.xml")).contains("<w:bidiVisual/>");
    }

    @Test
    void theHtmlIsRightToLeft() {
        String html = new HtmlRenderer(TestLetters.style()).render(LETTER);
        assertThat(html).contains("<html dir=\"rtl\" lang=\"ar-SA\">", "<body dir=\"rtl\" ",
                "يُرجى إرسال ردّكم في موعد أقصاه ٢١ يناير ٢٠٢٠ إلى العنوان privacy@digital-privacy.example");
        assertThat(html).doesNotContain("text-align:left", "text-align:right", "border-left", "border-right");
        assertThat(html).contains("text-align:end");
        String figures = new HtmlRenderer(TestLetters.style()).render(FIGURES);
        assertThat(figures).contains("border-inline-start:").doesNotContain("padding:0 0 0 ");
    }

    @Test
    void leftToRightLettersSayNothingOfDirection() {
        Document english = TestLetters.letter(0).document();
        assertThat(english.info().direction()).isEqualTo(TextDirection.LEFT_TO_RIGHT);
        byte[] docx = new DocxRenderer(TestLetters.style()).render(english);
        assertThat(DocxText.part(docx, "word/document.xml")).doesNotContain("<w:bidi/>", "<w:rtl/>", "bidiVisual");
        assertThat(new HtmlRenderer(TestLetters.style()).render(english)).doesNotContain("dir=\"rtl\"",
                "inline-start");
    }

    @Test
    void hebrewAndPersianLettersAreDrawnRightToLeftToo() {
        for (String[] letter : new String[][] {
                {"he-IL", "אנו מבקשים את תגובתכם עד 21 בינואר 2020 לכתובת privacy@northwind.example."},
                {"fa", "ما از شما می‌خواهیم تا ۲۱ ژانویه ۲۰۲۰ به نشانی privacy@northwind.example پاسخ دهید."}}) {
            Document document = new MarkdownReader().read("---\nlang: " + letter[0] + "\n---\n\n" + letter[1] + "\n",
                    letter[0]);
            PdfRenderer renderer = new PdfRenderer(TestLetters.style());
            assertThat(renderer.undrawable(document)).as(letter[0]).isEmpty();
            byte[] pdf = renderer.render(document).bytes();
            List<Glyph> line = lines(pdf).get(0);
            assertThat(line.stream().map(g -> g.x() + g.width()).max(Float::compare).orElseThrow()).as(letter[0])
                    .isCloseTo(RIGHT, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(leftToRight(line)).as(letter[0]).contains("privacy@northwind.example");
            assertThat(actualText(pdf)).as(letter[0]).contains(letter[1]);
        }
    }

    /** A paragraph that runs over a page break goes on right to left, and reads whole; the bytes are reproducible. */
    @Test
    void aLongParagraphGoesOnOverThePageBreak() {
        String sentence = "نطلب منكم ردًّا يوضّح موقفكم من استخدام تقنيات Cloud Analyzer للحصول على بيانات عملائكم "
                + "قبل 21 يناير 2020. ";
        String paragraph = sentence.repeat(60).strip();
        Document long_ = new MarkdownReader().read("---\ntitle: رسالة طويلة\nlang: ar\n---\n\n" + paragraph + "\n",
                "long");
        PdfRenderer renderer = new PdfRenderer(TestLetters.style());
        PdfRenderer.Output output = renderer.render(long_);
        assertThat(output.pages()).isGreaterThan(1);
        assertThat(renderer.render(long_).bytes()).isEqualTo(output.bytes());
        assertThat(actualText(output.bytes())).contains(paragraph);
        assertThat(VeraPdf.failures(output.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
        // the second page's drawn words, without their vowel marks (PdfText.extract)
        assertThat(PdfText.flat(PdfText.extract(output.bytes(), 2, 2))).contains("نطلب منكم ردا يوضح موقفكم");
    }

    /**
     * The note stands at the foot of its page, under the signature, as in a left-to-right letter: the
     * planner finds its marker in the rearranged lines (it once found none and set the note on a page of
     * its own).
     */
    @Test
    void thePdfsNoteStandsAtThePageFoot() {
        PdfRenderer.Output output = new PdfRenderer(TestLetters.style()).render(LETTER);
        assertThat(output.pages()).isEqualTo(1);
        List<List<Glyph>> lines = lines(output.bytes());
        int signature = lines.indexOf(lineStartingWith(lines, "ليلى حداد"));
        int note = lines.indexOf(lines.stream().filter(l -> leftToRight(l).contains("Cloudextractiontechnology"))
                .findFirst().orElseThrow());
        assertThat(note).isGreaterThan(signature);
    }

    /** A link inside right-to-left text stays a link, however its line breaks it. */
    @Test
    void linksStayLinks() throws IOException {
        byte[] pdf = pdf(FIGURES);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations = doc.getPage(0)
                    .getAnnotations();
            assertThat(annotations).isNotEmpty().allSatisfy(a -> {
                assertThat(a).isInstanceOf(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink.class);
                assertThat(((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a).getAction()
                        .getCOSObject().getString(org.apache.pdfbox.cos.COSName.URI))
                        .isEqualTo("https://www.digital-privacy.example/report");
                assertThat(a.getContents()).endsWith(": https://www.digital-privacy.example/report");
                assertThat(a.isPrinted()).isTrue();
            });
        }
        assertThat(actualText(pdf)).contains("بند أول، انظر تقريرنا عن Cloud extraction");
        assertThat(new HtmlRenderer(TestLetters.style()).render(FIGURES))
                .contains("href=\"https://www.digital-privacy.example/report\"");
    }

    /** Marks and isolates people type to steer the bidi algorithm are obeyed, and never drawn. */
    @Test
    void bidiControlsAreObeyedNotDrawn() {
        String text = "الهاتف: \u2066+44 20 3422 4321\u2069 \u200Fو\u200E CE-2020-001\u200E\u061C";
        Document document = new MarkdownReader().read("---\ntitle: t\nlang: ar\n---\n\n" + text + "\n", "c");
        PdfRenderer renderer = new PdfRenderer(TestLetters.style());
        assertThat(renderer.undrawable(document)).isEmpty();
        byte[] pdf = renderer.render(document).bytes();
        // the isolated telephone number reads left to right as a whole
        assertThat(leftToRight(lines(pdf).get(0))).contains("+4420342243214321".substring(0, 12))
                .contains("CE-2020-001");
        assertThat(actualText(pdf)).contains(text);
    }

    /** Urdu's own letters (heh goal, yeh barree) and full stop are in no font briefgen has: refused, never drawn wrong. */
    @Test
    void urduLettersNoFontHasAreNamedBeforeAnythingIsDrawn() {
        Document urdu = new MarkdownReader().read("---\nlang: ur-PK\n---\n\nہم آپ سے درخواست کرتے ہیں کہ جواب دیں۔\n",
                "ur");
        assertThat(new PdfRenderer(TestLetters.style()).undrawable(urdu)).singleElement()
                .satisfies(u -> assertThat(u.uncovered()).containsExactly(0x06C1, 0x06D2, 0x06D4));
    }

    private static byte[] pdf(Document document) {
        return new PdfRenderer(TestLetters.style()).render(document).bytes();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> runsWith(String xml, String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = Pattern.compile("<w:r>.*?</w:r>").matcher(xml);
        while (m.find()) {
            if (m.group().contains(text)) {
                runs.add(m.group());
            }
        }
        assertThat(runs).as("runs holding %s", text).isNotEmpty();
        return runs;
    }
}
