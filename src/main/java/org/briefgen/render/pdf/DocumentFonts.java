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

    FontPrograms programs() {
        return programs;
    }

    PdfFont get(String family, boolean bold, boolean italic) {
        return get(family, FontPrograms.Face.of(bold, italic));
    }

    PdfFont get(String family, FontPrograms.Face face) {
        return fonts.computeIfAbsent(family + face, k -> PdfFontFactory.createFont(programs.get(family, face),
                PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED));
    }
}
