package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.briefgen.document.Note;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.properties.AreaBreakType;

/**
 * Sets a letter's notes at the feet its planner kept: each note starting at the foot of the page
 * of its marker (or the first foot after it), a long one continuing at the next; a short rule above
 * each foot. The notes are Note structure elements after the body in reading order, each with its
 * ID; the marker in the text is a Reference, as PDF/UA asks.
 */
final class FootNotesLayout {

    private FootNotesLayout() {
    }

    static void flow(PdfPass pass, List<Note> notes, FootNoteMarks marks) {
        FootNoteGeometry g = FootNoteGeometry.of(pass);
        List<FootNotePages.Foot> feet = new ArrayList<>();
        for (Map.Entry<Integer, Float> kept : new java.util.TreeMap<>(pass.reserved).entrySet()) {
            float height = kept.getValue() - g.above() - g.below();
            if (height > 0) {
                feet.add(new FootNotePages.Foot(kept.getKey(), new Rectangle(g.left(), g.bottom(), g.width(), height)));
            }
        }
        int bodyPages = pass.pageCount();
        FootNotePages pages = pass.pages();
        pages.notes(feet);
        TreeSet<Integer> used = new TreeSet<>();
        float between = FootNoteGeometry.between(pass.styling());
        boolean started = false;
        for (Note note : notes) {
            int target = marks.page(note.number());
            while (!started || pages.notePage() < target && pages.moreFeet()) {
                pass.layout().add(new AreaBreak(AreaBreakType.NEXT_AREA));
                started = true;
            }
            used.add(pages.notePage());
            pass.layout().add(pass.note(note).setMarginBottom(between));
            used.add(pages.notePage());
        }
        PdfDocument pdf = pass.layout().getPdfDocument();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            Float kept = pass.reserved.get(page);
            if (page > bodyPages) {
                // a page of notes alone (a plan that went wrong): the rule at its top
                rule(pass, page, g.bottom() + g.contentHeight() + g.below());
            } else if (kept != null && used.contains(page)) {
                rule(pass, page, g.bottom() + kept - g.above());
            }
        }
    }

    /** A short rule at {@code y}: decoration, so an artifact. */
    private static void rule(PdfPass pass, int page, float y) {
        PdfDocument pdf = pass.layout().getPdfDocument();
        FootNoteGeometry g = FootNoteGeometry.of(pass);
        PdfCanvas canvas = new PdfCanvas(pdf.getPage(page));
        boolean tagged = pdf.isTagged();
        if (tagged) {
            canvas.openTag(new CanvasArtifact());
        }
        // the rule stands where a line starts: on the right in a right-to-left letter
        float start = pass.styling().rtl ? g.left() + g.width() * 0.7f : g.left();
        canvas.saveState().setStrokeColor(pass.styling().rule).setLineWidth(0.6f).moveTo(start, y)
                .lineTo(start + g.width() * 0.3f, y).stroke().restoreState();
        if (tagged) {
            canvas.closeTag();
        }
    }
}
