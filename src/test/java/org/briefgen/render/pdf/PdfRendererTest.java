package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;

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
}
