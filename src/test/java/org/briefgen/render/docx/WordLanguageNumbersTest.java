package org.briefgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.briefgen.DocxText;
import org.briefgen.TestLetters;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;

import org.junit.jupiter.api.Test;

/**
 * A Word document in the letter's language (issue 26, part 4): its charts' numbers with the
 * language's percent placement and digits, its page numbers in the language's digits.
 */
class WordLanguageNumbersTest {

    @Test
    void chartLabelsPlaceThePercentSignAndDrawTheDigitsAsTheLanguageDoes() {
        Messages arabic = MessageCatalog.load(Path.of("src/test/resources/arabic"), "en-GB").forLanguage("ar-SA");
        assertThat(WordNumberFormat.of(1, "%", arabic)).isEqualTo("[$-2000401]0.0\"٪\"");
        assertThat(WordNumberFormat.of(1, "%", Messages.builtIn("fr-FR"))).isEqualTo("0.0\"\u202F%\"");
        assertThat(WordNumberFormat.of(1, "%", Messages.builtIn("en-GB"))).isEqualTo("0.0\"%\"");
        assertThat(WordNumberFormat.of(0, "", Messages.builtIn("de"))).isEqualTo("0");
    }

    @Test
    void anArabicDocumentsChartsAndPageNumbersUseArabicIndicDigits() throws IOException {
        var figures = new MarkdownReader().read(Files.readString(Path.of("src/test/resources/rtl/figures.ar.md")),
                "figures.ar.md");
        String xml = xml(new DocxRenderer(TestLetters.style()).render(figures));
        assertThat(xml).contains("formatCode=\"[$-2000401]0");
        assertThat(xml).contains("w:pgNumType w:fmt=\"hindiNumbers\"");
    }

    /**
     * LibreOffice 7.4 draws the labels of a chart anchored in a right-to-left paragraph with their
     * characters reversed ("٠٫٩٢٪" for 29.0 per cent, "%0.92" with Western digits): the paragraph that
     * holds only the chart stays left to right, at the right by the style's alignment, while every
     * paragraph of text is right to left.
     */
    @Test
    void aChartsParagraphInARightToLeftDocumentStaysLeftToRight() throws IOException {
        var figures = new MarkdownReader().read(Files.readString(Path.of("src/test/resources/rtl/figures.ar.md")),
                "figures.ar.md");
        byte[] docx = new DocxRenderer(TestLetters.style()).render(figures);
        String body = DocxText.part(docx, "word/document.xml");
        List<String> paragraphs = Arrays.stream(body.split("<w:p>|<w:p "))
                .skip(1).toList();
        List<String> charts = paragraphs.stream().filter(p -> p.contains("<c:chart ")).toList();
        assertThat(charts).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("<w:bidi/>"));
        assertThat(paragraphs.stream().filter(p -> p.contains("<w:t")).toList()).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("<w:bidi/>"));
    }

    private static String xml(byte[] docx) throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().endsWith(".xml")) {
                    xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }
}
