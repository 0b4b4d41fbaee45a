package org.briefgen.render.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;

/** The fonts of one PDF: embedded subsets made on first use from the shared font programs. */
final class DocumentFonts {

    private final FontPrograms programs;
    private final Map<String, PdfFont> fonts = new LinkedHashMap<>();

    DocumentFonts(FontPrograms programs) {
        this.programs = programs;
    }

    PdfFont get(String family, boolean bold, boolean italic) {
        FontPrograms.Face face = FontPrograms.Face.of(bold, italic);
        return fonts.computeIfAbsent(family + face, k -> PdfFontFactory.createFont(programs.get(family, face),
                PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED));
    }

    /**
     * Writes every font, in the order of first use, once all text is drawn. Left to itself, iText
     * writes them in the order of a hash map whose keys hash the document's sequence number in the
     * process, so a letter's bytes would depend on how many PDFs the process had made before it.
     */
    void flushInOrder() {
        fonts.values().forEach(PdfFont::flush);
    }
}
