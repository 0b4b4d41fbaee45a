package org.briefgen.render.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break: where iText's default allows, except after a hyphen that joins a number or
 * a capital ({@code CE-2020-002-F1}, {@code 2020-01-07}): a reference or a date is never split over
 * two lines, as a typesetter would not split it. A hyphen between words ({@code follow-up}) still
 * breaks.
 */
final class ReferenceBreaks implements ISplitCharacters {

    static final ReferenceBreaks INSTANCE = new ReferenceBreaks();
    private final ISplitCharacters defaults = new DefaultSplitCharacters();

    private ReferenceBreaks() {
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        if (!defaults.isSplitCharacter(text, glyphPos)) {
            return false;
        }
        Glyph glyph = text.get(glyphPos);
        if (!glyph.hasValidUnicode() || glyph.getUnicode() != '-' || glyphPos + 1 >= text.getEnd()) {
            return true;
        }
        Glyph next = text.get(glyphPos + 1);
        return !next.hasValidUnicode() || !(Character.isDigit(next.getUnicode()) || Character.isUpperCase(next
                .getUnicode()));
    }
}
