package org.briefgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.DocxText;
import org.briefgen.TestLetters;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.document.Note;
import org.briefgen.render.HouseStyle;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/** The Word writer, read back with POI: what it says, how it is styled, and that it is the same every time. */
class DocxRendererTest {

    private static final HouseStyle STYLE = TestLetters.style();

    static byte[] amazon;
    static XWPFDocument word;

    @TempDir
    Path dir;

    @BeforeAll
    static void render() {
        amazon = new DocxRenderer(STYLE).render(TestLetters.amazon());
        word = DocxText.open(amazon);
    }

    @Test
    void theAmazonLetterSaysWhatTheReferenceLetterSays() {
        String body = String.join("\n", DocxText.paragraphs(word));
        List<String> expected = List.of("7 January 2020", "Amazon UK\nvia email: eu-privacy@amazon.co.uk\nand via"
                + " Twitter @AmazonUK", "Dear Sir/Madam,",
                "RE: Cloud analytics: Request for response regarding"
                        + " potential misuse of your customer data",
                "your product Amazon Alexa can be accessed using Oxygen"
                        + " Forensics Cloud Extractor.",
                "\"When an Alexa user utters the wake word",
                "Please respond no later than 17 January 2020.", "Law enforcement are increasingly using cloud"
                        + " analytics1",
                "a YouGov poll2 revealed", "Kind regards,", "Camilla Graham Wood",
                "Privacy International");
        assertInOrder(body, expected);
        assertThat(body).doesNotContain("Cellebrite").doesNotContain("All figures, unless otherwise stated");
    }

    @Test
    void notesAreRealFootnotes() {
        assertThat(DocxText.part(amazon, "word/footnotes.xml")).contains("Cellebrite, a prominent vendor of"
                + " surveillance technology");
        List<String> notes = DocxText.footnotes(word);
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0)).startsWith("Cellebrite, a prominent vendor").endsWith("'cloud extraction'.");
        assertThat(notes.get(1)).startsWith("All figures, unless otherwise stated, are from YouGov Plc. Total sample"
                + " size was 2072 adults. Fieldwork was undertaken between 7th \u2013 8th November 2019.");
        XWPFParagraph bullet = paragraph("Law enforcement are increasingly using cloud analytics");
        assertThat(bullet.getCTP().xmlText()).contains("footnoteReference");
        for (XWPFFootnote note : word.getFootnotes()) {
            if (note.getId().signum() > 0) {
                assertThat(note.getParagraphs().get(0).getStyleID()).isEqualTo("FootnoteText");
            }
        }
    }

    @Test
    void theLetterheadIsTheFirstPageHeaderAndTheFooterCountsPages() {
        XWPFHeader first = word.getHeaderFooterPolicy().getFirstPageHeader();
        assertThat(first).isNotNull();
        List<String> header = new ArrayList<>();
        for (XWPFTable t : first.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> {
                header.add(p.getStyleID() + ": " + DocxText.text(p));
            })));
        }
        assertThat(header).containsExactly("Title: Privacy International", "LetterheadContact: 62 Britton Street",
                "LetterheadContact: London EC1M 5UY", "LetterheadContact: United Kingdom",
                "LetterheadContact: Phone +44 (0)20 3422 4321", "LetterheadContact: www.privacyinternational.org");
        assertThat(word.getHeaderFooterPolicy().getDefaultHeader()).isNull();
        for (String footer : List.of("word/footer1.xml", "word/footer2.xml")) {
            assertThat(DocxText.part(amazon, footer)).contains("Ref. CE-2020-001").contains("Page ")
                    .contains(" PAGE \\* MERGEFORMAT ").contains(" NUMPAGES \\* MERGEFORMAT ");
        }
        assertThat(DocxText.part(amazon, "word/document.xml")).contains("<w:titlePg");
    }

    @Test
    void everyPartHasANamedStyleThatWordUsersKnow() {
        CTStyles styles = word.getStyles().getCtStyles();
        assertThat(styleName("Heading2")).isEqualTo("heading 2");
        assertThat(styleName("Quote")).isEqualTo("Quote");
        assertThat(styleName("ListBullet")).isEqualTo("List Bullet");
        assertThat(styleName("FootnoteText")).isEqualTo("footnote text");
        assertThat(styleName("Title")).isEqualTo("Title");
        assertThat(paragraph("Summary of the research").getStyleID()).isEqualTo("Heading2");
        assertThat(paragraph("How well, if at all").getStyleID()).isEqualTo("Heading3");
        assertThat(paragraph("\"The valuable data extracted").getStyleID()).isEqualTo("Quote");
        assertThat(paragraph("Emotion and facial recognition").getStyleID()).isEqualTo("ListBullet");
        assertThat(paragraph("Dear Sir/Madam").getStyleID()).isEqualTo("Salutation");
        assertThat(paragraph("Kind regards").getStyleID()).isEqualTo("Closing");
        assertThat(paragraph("Camilla Graham Wood").getStyleID()).isEqualTo("Signature");
        // every paragraph names a style the document defines, or none (Normal)
        for (IBodyElement element : word.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getStyleID() != null) {
                assertThat(word.getStyles().getStyle(p.getStyleID())).as(p.getStyleID()).isNotNull();
            }
        }
        assertThat(styles.getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii())
                .isEqualTo("Liberation Sans");
        assertThat(styles.getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal()).hasToString("20");
        assertThat(DocxText.part(amazon, "word/fontTable.xml")).contains("<w:font w:name=\"Liberation Sans\">"
                + "<w:altName w:val=\"Arial\"/>");
        assertThat(DocxText.part(amazon, "word/_rels/document.xml.rels")).contains("fontTable.xml");
        XWPFStyle heading = word.getStyles().getStyle("Heading2");
        assertThat(heading.getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("6A1B4D");
        assertThat(heading.getCTStyle().getRPr().getSzArray(0).getVal()).hasToString("23");
    }

    @Test
    void bulletsAreWordNumbering() {
        XWPFParagraph bullet = paragraph("Emotion and facial recognition");
        assertThat(bullet.getNumID()).isNotNull();
        assertThat(bullet.getNumFmt()).isEqualTo("bullet");
        assertThat(bullet.getNumLevelText()).isEqualTo("\u2022");
    }

    @Test
    void orderedListsCountFromTheirOwnStart() {
        Block.ListItem one = new Block.ListItem(List.of(TestLetters.paragraph("first")));
        Block.ListItem two = new Block.ListItem(List.of(TestLetters.paragraph("second")));
        Document document = TestLetters.of(new Block.OrderedList(3, List.of(one, two)),
                new Block.OrderedList(1, List.of(one)));
        XWPFDocument w = DocxText.open(new DocxRenderer(STYLE).render(document));
        List<XWPFParagraph> items = w.getParagraphs();
        assertThat(items).extracting(XWPFParagraph::getStyleID).containsExactly("ListNumber", "ListNumber",
                "ListNumber");
        assertThat(items.get(0).getNumFmt()).isEqualTo("decimal");
        assertThat(items.get(0).getNumID()).isEqualTo(items.get(1).getNumID()).isNotEqualTo(items.get(2).getNumID());
        assertThat(w.getNumbering().getNum(items.get(0).getNumID()).getCTNum().getLvlOverrideArray(0)
                .getStartOverride().getVal()).isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void chartsAreNativeWordChartsWithTheirDataAndAlternativeText() {
        assertThat(word.getCharts()).hasSize(2);
        String chart = DocxText.part(amazon, "word/charts/chart1.xml");
        assertThat(chart).contains("<c:barDir val=\"bar\"/>").contains("<c:v>Very well</c:v>")
                .contains("<c:v>11.0</c:v>").contains("formatCode=\"0.0&quot;%&quot;\"");
        assertThat(DocxText.part(amazon, "word/embeddings/Microsoft_Excel_Worksheet1.xlsx")).isNotNull();
        assertThat(DocxText.part(amazon, "word/document.xml")).contains("descr=\"Bar chart: How well, if at all, do"
                + " you understand what the term 'cloud computing' means? Very well 11.0%, Fairly well 29.0%");
        assertThat(DocxText.paragraphs(word)).contains("Illustrative figures, not survey results: the letter's chart of"
                + " this question is lost and its distribution is not given");
    }

    @Test
    void tablesKeepTheirHeaderAlignmentAndText() {
        List<List<Inline>> header = List.of(List.of(new Inline.Text("Item")), List.of(new Inline.Text("Share")));
        List<List<List<Inline>>> rows = List.of(List.of(List.of(new Inline.Text("Yes")),
                List.of(new Inline.Text("55.7%"))));
        Document document = TestLetters.of(new Block.Table(List.of(Block.Align.LEFT, Block.Align.RIGHT), header,
                rows));
        XWPFDocument w = DocxText.open(new DocxRenderer(STYLE).render(document));
        XWPFTable table = w.getTables().get(0);
        assertThat(table.getRows()).hasSize(2);
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Item");
        assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("55.7%");
        assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getAlignment())
                .isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void markupInTheTextPrintsAsWritten() {
        String evil = "**Evil** <b>x</b> ${7*7} & \"quotes\"";
        XWPFDocument w = DocxText.open(new DocxRenderer(STYLE).render(TestLetters.of(TestLetters.paragraph(evil))));
        assertThat(DocxText.paragraphs(w)).containsExactly(evil);
    }

    @Test
    void aNoteReferencedTwiceOrFromAnotherNoteIsOneFootnote() {
        Block.Paragraph text = new Block.Paragraph(List.of(new Inline.Text("a"), new Inline.NoteRef(1),
                new Inline.Text(" b"), new Inline.NoteRef(1)));
        Note one = new Note(1, List.of(new Block.Paragraph(List.of(new Inline.Text("one, see"),
                new Inline.NoteRef(2)))));
        Note two = new Note(2, List.of(TestLetters.paragraph("two")));
        Document document = new Document(TestLetters.of().info(), null, List.of(text), List.of(one, two));
        XWPFDocument w = DocxText.open(new DocxRenderer(STYLE).render(document));
        assertThat(DocxText.footnotes(w)).containsExactly("one, see2", "two");
        // the body shows 1 and 2 after "a" (Word numbers them in order) and 1 again after "b"
        assertThat(DocxText.paragraphs(w)).containsExactly("a12 b1");
    }

    @Test
    void theSameDocumentGivesTheSameBytesDatedByTheDocument() {
        byte[] again = new DocxRenderer(STYLE).render(TestLetters.amazon());
        assertThat(again).isEqualTo(amazon);
        assertThat(DocxText.entries(amazon)).allSatisfy(e -> assertThat(e).endsWith(" 2020-01-07T09:00"));
        assertThat(DocxText.part(amazon, "docProps/core.xml")).contains("2020-01-07T09:00:00Z")
                .contains("<dc:title>Cloud analytics: letter to Amazon UK</dc:title>")
                .contains("<dc:creator>Privacy International</dc:creator>")
                .contains("<dc:identifier>CE-2020-001</dc:identifier>");
        // the chart's own workbook, a zip inside the zip, is dated the same way
        byte[] workbook = DocxText.bytes(amazon, "word/embeddings/Microsoft_Excel_Worksheet1.xlsx");
        assertThat(DocxText.entries(workbook)).isNotEmpty()
                .allSatisfy(e -> assertThat(e).endsWith(" 2020-01-07T09:00"));
        assertThat(DocxText.part(workbook, "docProps/core.xml")).contains("2020-01-07T09:00:00Z");
    }

    @Test
    void aDocumentWithoutADateRecordsNone() {
        Document undated = new Document(new DocumentInfo("t", "a", "", "en-GB", "", List.of(), null), null,
                List.of(TestLetters.paragraph("x")), List.of());
        byte[] docx = new DocxRenderer(STYLE).render(undated);
        assertThat(DocxText.part(docx, "docProps/core.xml")).doesNotContain("dcterms:created")
                .doesNotContain("dcterms:modified");
        assertThat(DocxText.entries(docx)).allSatisfy(e -> assertThat(e).endsWith(" 1980-01-01T00:00"));
        assertThat(new DocxRenderer(STYLE).render(undated)).isEqualTo(docx);
    }

    @Test
    void aReferenceDocumentGivesItsStylesHeaderAndFooter() throws IOException {
        Path reference = dir.resolve("reference.docx");
        try (XWPFDocument ref = new XWPFDocument()) {
            ref.createStyles().setStyles(CTStyles.Factory.parse("<xml-fragment xmlns:w=\"http://schemas"
                    + ".openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\""
                    + " w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:rPr><w:rFonts w:ascii=\"Georgia\""
                    + " w:hAnsi=\"Georgia\"/><w:color w:val=\"00AA00\"/></w:rPr></w:style></xml-fragment>"));
            ref.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME LETTERHEAD");
            ref.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("ACME FOOTER");
            ref.createParagraph().createRun().setText("Sample text of the reference document");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ref.write(bytes);
            Files.write(reference, bytes.toByteArray());
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
        byte[] docx = new DocxRenderer(STYLE, reference).render(TestLetters.amazon());
        XWPFDocument w = DocxText.open(docx);
        assertThat(DocxText.body(w)).doesNotContain("Sample text").contains("Please respond no later than 17 January"
                + " 2020.");
        assertThat(w.getStyles().getStyle("Heading2").getCTStyle().getRPr().getColorArray(0).xgetVal()
                .getStringValue()).isEqualTo("00AA00");
        // what the reference lacks comes from the house style
        assertThat(w.getStyles().getStyle("Salutation")).isNotNull();
        assertThat(w.getStyles().getStyle("FootnoteText")).isNotNull();
        assertThat(w.getHeaderList()).hasSize(1);
        assertThat(w.getHeaderList().get(0).getText()).contains("ACME LETTERHEAD");
        assertThat(w.getFooterList()).hasSize(1);
        assertThat(w.getFooterList().get(0).getText()).contains("ACME FOOTER");
        assertThat(DocxText.footnotes(w)).hasSize(2);
        assertThat(new DocxRenderer(STYLE, reference).render(TestLetters.amazon())).isEqualTo(docx);
    }

    @Test
    void aReferenceThatIsNotAWordDocumentIsAStyleProblem() throws IOException {
        Path bad = dir.resolve("reference.docx");
        Files.writeString(bad, "not a zip");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocxRenderer(STYLE, bad))
                .isInstanceOf(org.briefgen.render.StyleException.class).hasMessageStartingWith(bad.toString())
                .hasMessageContaining("not a Word document");
    }

    @Test
    void chartValuesKeepTheirDecimals() {
        Block.Chart chart = new Block.Chart("bar", "Counts", "", List.of(new Block.Chart.Bar("a",
                new BigDecimal("12")), new Block.Chart.Bar("b", new BigDecimal("3"))), List.of());
        byte[] docx = new DocxRenderer(STYLE).render(TestLetters.of(chart));
        assertThat(DocxText.part(docx, "word/charts/chart1.xml")).contains("formatCode=\"0\"")
                .doesNotContain("<c:max ");
    }

    private static XWPFParagraph paragraph(String start) {
        return word.getParagraphs().stream().filter(p -> DocxText.text(p).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
    }

    private static String styleName(String id) {
        return word.getStyles().getStyle(id).getName();
    }

    private static void assertInOrder(String text, List<String> phrases) {
        int from = 0;
        List<String> missing = new ArrayList<>();
        for (String phrase : phrases) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                missing.add(phrase);
            } else {
                from = at + phrase.length();
            }
        }
        assertThat(missing).as("phrases missing or out of order in:\n" + text).isEmpty();
    }

}
