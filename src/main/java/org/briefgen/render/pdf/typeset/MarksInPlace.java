package org.briefgen.render.pdf.typeset;

import java.util.List;

import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.io.font.otf.FeatureRecord;
import com.itextpdf.io.font.otf.GlyphPositioningTableReader;
import com.itextpdf.io.font.otf.OpenTableLookup;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TextRenderer;

/**
 * Text whose Arabic vowel marks (harakat) sit on their letters: the font's own mark-to-base and
 * mark-to-mark anchors (its GPOS {@code mark} and {@code mkmk} features, read by iText's font
 * program) place each mark over or under the letter before it in the glyph line, as a shaping
 * engine would. The text is in visual order with each mark after its letter (as
 * {@code Bidi.KEEP_BASE_COMBINING} leaves it); iText's free core applies no GPOS itself.
 */
public final class MarksInPlace extends TextRenderer {

    private static final String[] SCRIPTS = {"arab"};
    private static final String[] FEATURES = {"mark", "mkmk"};

    public MarksInPlace(Text text) {
        super(text);
    }

    @Override
    public IRenderer getNextRenderer() {
        return new MarksInPlace((Text) modelElement);
    }

    @Override
    public void applyOtf() {
        boolean placed = otfFeaturesApplied;
        super.applyOtf();
        Object font = this.<Object>getProperty(Property.FONT);
        if (placed || text == null || !(font instanceof PdfFont pdfFont
                && pdfFont.getFontProgram() instanceof TrueTypeFont program)) {
            return;
        }
        GlyphPositioningTableReader gpos = program.getGposTable();
        List<FeatureRecord> features = gpos == null ? null : gpos.getFeatures(SCRIPTS, null);
        if (features != null) {
            List<FeatureRecord> marks = gpos.getSpecificFeatures(features, FEATURES);
            for (OpenTableLookup lookup : gpos.getLookups(marks.toArray(new FeatureRecord[0]))) {
                lookup.transformLine(text);
            }
        }
        // split and overflow renderers share the placed glyphs: the marks are placed once
        otfFeaturesApplied = true;
    }
}
