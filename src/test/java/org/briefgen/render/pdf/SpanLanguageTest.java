package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A name in another script than the letter's carries its own language in the PDF's tagged structure
 * (issue 26, part 3): a screen reader reads a Hebrew name in an English letter with Hebrew rules.
 */
class SpanLanguageTest {

    private static byte[] pdf(String lang, String body) {
        Document d = new MarkdownReader().read("---\ntitle: Letter\nlang: " + lang + "\n---\n\n" + body + "\n", "l");
        return new PdfRenderer(TestLetters.style()).render(d).bytes();
    }

    @Test
    void aHebrewOrGreekNameInAnEnglishLetterHasItsOwnLanguage() throws IOException {
        byte[] pdf = pdf("en-GB", "We wrote to שלום כהן and to Αθήνα Παπαδοπούλου on 7 January 2020.");
        assertThat(languages(pdf)).contains("he", "el");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    @Test
    void textInTheLettersOwnScriptNamesNoOtherLanguage() throws IOException {
        assertThat(languages(pdf("he-IL", "כתבנו אל שלום כהן."))).doesNotContain("he", "el");
        assertThat(languages(pdf("en-GB", "We wrote to Ms Okafor."))).isEmpty();
    }

    private static List<String> languages(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), found);
        }
        return found;
    }

    private static void walk(PDStructureNode node, List<String> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getLanguage() != null) {
                    found.add(e.getLanguage());
                }
                walk(e, found);
            }
        }
    }
}
