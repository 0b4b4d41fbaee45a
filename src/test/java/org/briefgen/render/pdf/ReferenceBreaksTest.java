package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.font.PdfFontFactory;
import org.junit.jupiter.api.Test;

/**
 * A reference or a date is never split at its hyphens (the tracker's narrow column broke
 * "CE-2020-002-F1" after "CE-"); words joined by a hyphen still may be.
 */
class ReferenceBreaksTest {

    @Test
    void aReferenceOrADateStaysWholeAndAHyphenatedWordMayBreak() throws IOException {
        String text = "CE-2020-002-F1 2020-01-07 follow-up";
        GlyphLine line = PdfFontFactory.createFont(StandardFonts.HELVETICA).createGlyphLine(text);
        List<String> breaks = new ArrayList<>();
        for (int i = line.getStart(); i < line.getEnd(); i++) {
            if (line.get(i).getUnicode() == '-' && ReferenceBreaks.INSTANCE.isSplitCharacter(line, i)) {
                breaks.add(text.substring(0, i + 1));
            }
        }
        assertThat(breaks).containsExactly("CE-2020-002-F1 2020-01-07 follow-");
    }
}
