package org.briefgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.briefgen.TestLetters;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.Inline;
import org.briefgen.document.Note;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every part of the Word files written is valid against the OOXML schemas (Word refuses a file
 * whose elements are out of order, among other things). Validated with the complete schemas of
 * poi-ooxml-full, a test dependency: POI's runtime jar holds only a subset.
 */
class WordSchemaTest {

    @Test
    void theAmazonLetterIsSchemaValid() throws IOException {
        assertValid(new DocxRenderer(TestLetters.style()).render(TestLetters.amazon()));
    }

    @Test
    void everyKindOfBlockIsSchemaValid() throws IOException {
        assertValid(new DocxRenderer(TestLetters.style()).render(everyKindOfBlock("en-GB")));
    }

    /** Right to left: w:bidi, w:rtl, w:bCs, w:bidiVisual each in the place the schema gives it. */
    @Test
    void aRightToLeftLetterIsSchemaValid() throws IOException {
        assertValid(new DocxRenderer(TestLetters.style()).render(everyKindOfBlock("ar-SA")));
        String arabic = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/rtl/letter.ar.md"));
        assertValid(new DocxRenderer(TestLetters.style())
                .render(new org.briefgen.document.markdown.MarkdownReader().read(arabic, "letter.ar.md")));
    }

    private static Document everyKindOfBlock(String language) {
        Block.ListItem item = new Block.ListItem(List.of(TestLetters.paragraph("one"), TestLetters.paragraph("more"),
                new Block.BulletList(List.of(new Block.ListItem(List.of(TestLetters.paragraph("nested")))))));
        Block.Paragraph inline = new Block.Paragraph(List.of(new Inline.Strong(List.of(new Inline.Text("b"))),
                new Inline.Emphasis(List.of(new Inline.Text("i"))), new Inline.Code("c"), new Inline.LineBreak(),
                new Inline.Link("https://example.org", List.of(new Inline.Text("link"))), new Inline.NoteRef(1),
                new Inline.NoteRef(1)));
        Block.Table table = new Block.Table(List.of(Block.Align.LEFT, Block.Align.CENTER), List.of(
                List.of(new Inline.Text("h1")), List.of(new Inline.Text("h2"))),
                List.of(List.of(
                        List.of(new Inline.Text("a")), List.of(new Inline.Text("b")))));
        Block.Chart chart = new Block.Chart("bar", "t", "%", List.of(new Block.Chart.Bar("x", new BigDecimal("1.5"))),
                List.of("a note"));
        Note note = new Note(1, List.of(TestLetters.paragraph("the note"), new Block.BulletList(List.of(item)), table,
                chart));
        org.briefgen.document.DocumentInfo info = TestLetters.of().info();
        info = new org.briefgen.document.DocumentInfo(info.title(), info.author(), info.subject(), language,
                info.reference(), info.keywords(), info.created());
        return new Document(info, null, List.of(new Block.Heading(1, List.of(
                new Inline.Text("H"))), inline, new Block.OrderedList(2, List.of(item)), new Block.BlockQuote(
                        List.of(TestLetters.paragraph("q"))),
                table, chart, new Block.CodeBlock("x\ny"), new Block.Rule()),
                List.of(note));
    }

    /** A part as the schema type of its kind (XmlBeans does not find it from the root element alone). */
    private static XmlObject parse(String name, String xml) throws XmlException {
        String file = name.substring(name.lastIndexOf('/') + 1);
        if (name.startsWith("word/charts/")) {
            return ChartSpaceDocument.Factory.parse(xml);
        } else if (file.startsWith("header")) {
            return HdrDocument.Factory.parse(xml);
        } else if (file.startsWith("footer")) {
            return FtrDocument.Factory.parse(xml);
        }
        return switch (file) {
            case "document.xml" -> DocumentDocument.Factory.parse(xml);
            case "styles.xml" -> StylesDocument.Factory.parse(xml);
            case "numbering.xml" -> NumberingDocument.Factory.parse(xml);
            case "footnotes.xml" -> FootnotesDocument.Factory.parse(xml);
            case "settings.xml" -> SettingsDocument.Factory.parse(xml);
            case "fontTable.xml" -> FontsDocument.Factory.parse(xml);
            default -> throw new AssertionError("a part this test does not know: " + name);
        };
    }

    private static void assertValid(byte[] docx) throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().startsWith("word/") || !entry.getName().endsWith(".xml")) {
                    continue;
                }
                XmlObject part;
                try {
                    part = parse(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                } catch (XmlException e) {
                    problems.add(entry.getName() + ": " + e.getMessage());
                    continue;
                }
                List<XmlError> errors = new ArrayList<>();
                if (!part.validate(new XmlOptions().setErrorListener(errors))) {
                    String name = entry.getName();
                    errors.forEach(e -> problems.add(name + ": " + e));
                }
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }
}
