package org.briefgen.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
