package org.briefgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefgen.PdfText;
import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.NotesPlacement;
import org.briefgen.render.html.HtmlRenderer;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.render.text.TextRenderer;

import org.junit.jupiter.api.Test;

/** Every writer puts a letter's notes where the house style says: before the closing or after the signature. */
class NotesPlacementTest {

    private static final Document LETTER = TestLetters.amazon();

    private static HouseStyle placing(NotesPlacement notes) {
        HouseStyle s = TestLetters.style();
        return new HouseStyle(s.page(), s.fonts(), s.sizes(), s.colours(), s.lineHeight(), s.letterheadUppercase(),
                s.logo(), notes, s.fallbackFonts());
    }

    private static void assertOrder(String text, NotesPlacement notes) {
        int note = text.indexOf("Cellebrite");
        int closing = text.indexOf("Kind regards");
        int signature = text.indexOf("Camilla Graham Wood");
        assertThat(note).isPositive();
        assertThat(closing).isPositive().isLessThan(signature);
        if (notes == NotesPlacement.BEFORE_CLOSING) {
            assertThat(note).isLessThan(closing);
        } else {
            assertThat(note).isGreaterThan(signature);
        }
    }

    @Test
    void textHtmlAndPdfPlaceTheNotesAlike() {
        for (NotesPlacement notes : NotesPlacement.values()) {
            HouseStyle style = placing(notes);
            assertOrder(new TextRenderer(style).render(LETTER), notes);
            assertOrder(new HtmlRenderer(style).render(LETTER), notes);
            assertOrder(PdfText.flat(PdfText.extract(new PdfRenderer(style).render(LETTER).bytes())), notes);
        }
    }
}
