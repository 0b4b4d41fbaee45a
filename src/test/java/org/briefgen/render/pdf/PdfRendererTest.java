package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    /**
     * Regression: iText wrote a document's fonts in an order that hashed the document's sequence
     * number in the process, so the same letter's bytes changed with the number of PDFs made
     * before it (an e-mail attaching the PDF changed with them).
     */
    @Test
    void aLettersBytesDoNotDependOnThePdfsMadeBeforeIt() {
        for (int letter = 0; letter < 3; letter++) {
            Document document = TestLetters.letter(letter).document();
            byte[] first = new PdfRenderer(TestLetters.style()).render(document).bytes();
            for (int again = 0; again < 6; again++) {
                assertThat(new PdfRenderer(TestLetters.style()).render(document).bytes())
                        .as("letter %d, render %d", letter, again + 2).isEqualTo(first);
            }
        }
    }

    /**
     * Regression: the names iText gives font subsets ("/QWERTY+LiberationSans") were made
     * reproducible by rewriting every "/", six capitals and "+" in the finished file, so a title
     * or subject holding such a run ("Scores/RATING+2026") was rewritten in the document's
     * properties and metadata, and so were compressed bytes that happened to spell one.
     */
    @Test
    void textThatLooksLikeAFontSubsetsNameIsLeftAsWritten() throws java.io.IOException {
        Document letter = TestLetters.amazon();
        DocumentInfo info = letter.info();
        String title = "Scores/RATING+2026 for Amazon/ALEXA+";
        Document titled = new Document(new DocumentInfo(title, info.author(), "Ratings/SCORES+ and /AAAAAA+",
                info.language(), info.reference(), info.keywords(), info.created()), letter.frame(), letter.cover(),
                letter.blocks(), letter.notes(), letter.messages());

        byte[] pdf = new PdfRenderer(TestLetters.style()).render(titled).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Ratings/SCORES+ and /AAAAAA+");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("Scores/RATING+2026 for Amazon/ALEXA+");
        }
        // the subsets' own names are still counted, not random
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .containsPattern("/BGAAAA\\+Liberation").doesNotContainPattern("/(?!BG)[A-Z]{6}\\+Liberation");
    }
}
