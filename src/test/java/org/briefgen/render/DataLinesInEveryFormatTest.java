package org.briefgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.render.docx.DocxRenderer;
import org.briefgen.render.html.HtmlRenderer;

import org.junit.jupiter.api.Test;

/**
 * A line from data reads in its own direction in the Word document and the HTML too (issue 26,
 * part 1): a Latin address line in an Arabic letter, an Arabic address line in an English one.
 */
class DataLinesInEveryFormatTest {

    private static final String LRM = "\u200E";
    private static final String RLM = "\u200F";

    private static Document letter(String lang, String body, String... lines) {
        StringBuilder md = new StringBuilder("---\ntitle: Letter\nlang: " + lang + "\nreference: CE-2020-001\n"
                + "letterhead:\n  - Digital Privacy\n");
        for (String line : lines) {
            md.append("  - \"").append(line).append("\"\n");
        }
        md.append("recipient:\n");
        for (String line : lines) {
            md.append("  - \"").append(line).append("\"\n");
        }
        md.append("---\n\n").append(body).append("\n\n| A | B |\n|---|---|\n| 62 Britton Street | طريق الملك فهد |\n");
        return new MarkdownReader().read(md.toString(), lang);
    }

    private static String html(Document d) {
        return new HtmlRenderer(TestLetters.style()).render(d);
    }

    private static String docx(Document d) throws IOException {
        byte[] bytes = new DocxRenderer(TestLetters.style()).render(d);
        StringBuilder xml = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().startsWith("word/") && e.getName().endsWith(".xml")) {
                    xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }

    @Test
    void latinLinesInAnArabicLetterKeepTheirDirectionInWordAndHtml() throws IOException {
        Document d = letter("ar-SA", "نكتب إليكم.", "62 Britton Street", "هاتف +44 (0)20 3422 4321");
        String html = html(d);
        assertThat(html).contains("<span dir=\"auto\">" + LRM + "62 Britton Street</span>")
                .contains("هاتف " + LRM + "+44 (0)20 3422 4321" + LRM).contains("<td dir=\"auto\"");
        String word = docx(d);
        assertThat(word).contains(LRM + "62 Britton Street").contains(LRM + "+44 (0)20 3422 4321" + LRM);
    }

    @Test
    void anArabicLineInAnEnglishLetterKeepsItsDirectionAndEnglishLinesAreAsBefore() throws IOException {
        Document d = letter("en-GB", "We write to you.", "62 Britton Street", "طريق الملك فهد، الرياض 12211");
        String html = html(d);
        assertThat(html).contains("<span dir=\"auto\">" + RLM + "طريق الملك فهد")
                .contains("62 Britton Street<br><span dir=\"auto\">")
                .doesNotContain(LRM);
        assertThat(docx(d)).contains(RLM + "طريق الملك فهد").doesNotContain(LRM + "62 Britton Street");
    }
}
