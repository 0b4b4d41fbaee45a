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
     * Writes every font into the PDF in the order first used, once all text is laid out. Left to
     * itself, iText writes them when the document closes in the order of a hash map, which
     * differs from run to run and so moved the fonts' objects about in otherwise identical files.
     */
    void flushInOrder() {
        fonts.values().forEach(PdfFont::flush);
    }
}
