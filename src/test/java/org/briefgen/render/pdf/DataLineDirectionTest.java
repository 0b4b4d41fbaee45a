package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A line whose text comes from data or the organisation keeps its own direction (issue 26, part 1):
 * the Latin lines of a letterhead and an address in an Arabic or Hebrew letter are drawn as written,
 * numbers and phone numbers in their own order.
 */
class DataLineDirectionTest {

    private static Document letter(String lang, String name, String body, String salutation) {
        String md = "---\ntitle: Letter\nlang: " + lang + "\nreference: CE-2020-001\nletterhead:\n  - " + name
                + "\n  - 62 Britton Street\n  - London EC1M 5UY\n  - \"+44 (0)20 3422 4321\"\n"
                + "recipient:\n  - Northwind Telecom Ltd\n  - 100 King Street, Suite 4\n"
                + "salutation: " + salutation + "\n---\n\n" + body + "\n\n| Company | Reference |\n|---|---|\n"
                + "| Northwind Telecom Ltd | CE-2020-001 |\n";
        return new MarkdownReader().read(md, lang);
    }

    private static String drawn(Document document) {
        byte[] pdf = new PdfRenderer(TestLetters.style()).render(document).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        List<PageLines> lines = PageLines.of(pdf);
        return String.join("\n", lines.stream().map(PageLines::text).toList());
    }

    @Test
    void latinLinesInAnArabicLetterAreDrawnAsWritten() {
        String drawn = drawn(letter("ar-SA", "منظمة الخصوصية الرقمية", "نكتب إليكم بشأن بيانات عملائكم.",
                "السادة المحترمون،"));
        assertThat(drawn).contains("62 Britton Street", "London EC1M 5UY", "+44 (0)20 3422 4321",
                "100 King Street, Suite 4", "Northwind Telecom Ltd", "CE-2020-001");
    }

    @Test
    void latinLinesInAHebrewLetterAreDrawnAsWritten() {
        String drawn = drawn(letter("he-IL", "הפרטיות הדיגיטלית", "אנו כותבים אליכם בעניין נתוני הלקוחות.",
                "לכבוד,"));
        assertThat(drawn).contains("62 Britton Street", "London EC1M 5UY", "+44 (0)20 3422 4321",
                "100 King Street, Suite 4");
    }
}
