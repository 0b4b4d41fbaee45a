package org.briefgen.render.pdf;

import java.util.List;
import java.util.Map;

import org.briefgen.render.pdf.typeset.SameArea;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * The pages of a document whose notes stand at the foot of the page that cites them. While the
 * body is laid out, each page's area ends {@link #reserved} points above its bottom margin; once the
 * body is done ({@link #notes}), the areas become those reserved feet, page by page, so the notes
 * flow through them as one stream: a note too long for one foot continues at the next, split and
 * tagged by iText as any paragraph crossing a page. Past the last foot, notes take whole new pages
 * (never expected: the planner gives every note room; this keeps a wrong plan from losing text).
 */
final class FootNotePages extends DocumentRenderer {

    /** A page's foot kept for notes: the area the notes flow into, below the short rule. */
    record Foot(int page, Rectangle area) {
    }

    private final Map<Integer, Float> reserved;
    private List<Foot> feet;
    private int nextFoot;
    /** The notes' feet decided as the body is laid out, or {@code null} (the feet are {@link #reserved}). */
    private FootFit fit;
    /** The blocks laid out once where iText lays them out twice: told of every move to a page. */
    private final SameArea same = new SameArea();

    /** Pages for {@code layout} whose feet keep {@code reserved} points (by page number, rule included). */
    FootNotePages(Document layout, Map<Integer, Float> reserved) {
        super(layout, false);
        this.reserved = Map.copyOf(reserved);
    }

    /** The blocks of these pages laid out once where iText lays them out twice. */
    SameArea same() {
        return same;
    }

    /** From now on each page's foot is decided by {@code bodyFit} as the body is laid out. */
    void fit(FootFit bodyFit) {
        this.fit = bodyFit;
    }

    /** From now on the areas are {@code feet}, in order; the body must be laid out by now. */
    void notes(List<Foot> noteFeet) {
        this.feet = List.copyOf(noteFeet);
        this.nextFoot = 0;
    }

    /** Whether a foot is left for the notes to move on to. */
    boolean moreFeet() {
        return feet != null && nextFoot < feet.size();
    }

    /** The page the notes are being set on, or 0 before the first foot. */
    int notePage() {
        return feet == null || nextFoot == 0 || currentArea == null ? 0 : currentArea.getPageNumber();
    }

    @Override
    protected LayoutArea updateCurrentArea(LayoutResult overflow) {
        same.moved();
        if (feet != null) {
            return nextFootArea(overflow);
        }
        if (fit != null) {
            if (currentArea != null) {
                fit.leave(currentArea.getPageNumber(), overflow == null ? null : overflow.getSplitRenderer());
            }
            LayoutArea area = super.updateCurrentArea(overflow);
            fit.open(area);
            return area;
        }
        LayoutArea area = super.updateCurrentArea(overflow);
        Float kept = reserved.get(area.getPageNumber());
        if (kept != null && kept > 0) {
            Rectangle box = area.getBBox();
            box.setY(box.getY() + kept).setHeight(Math.max(0, box.getHeight() - kept));
        }
        return area;
    }

    @Override
    protected void shrinkCurrentAreaAndProcessRenderer(IRenderer renderer, List<IRenderer> resultRenderers,
            LayoutResult result) {
        super.shrinkCurrentAreaAndProcessRenderer(renderer, resultRenderers, result);
        if (fit != null && feet == null && currentArea != null && fit.cites(renderer)) {
            // a block citing a note is set: the blocks after it end above the foot its notes need
            fit.raise(currentArea);
        }
    }

    private LayoutArea nextFootArea(LayoutResult overflow) {
        int pages = document.getPdfDocument().getNumberOfPages();
        if (nextFoot < feet.size()) {
            Foot foot = feet.get(nextFoot++);
            // the base class moves to the page after the current area's: the foot's page
            currentArea = new RootLayoutArea(foot.page() - 1, new Rectangle(0, 0));
            LayoutArea area = super.updateCurrentArea(overflow);
            area.setBBox(foot.area().clone());
            return area;
        }
        currentArea = new RootLayoutArea(Math.max(pages, currentArea == null ? 0 : currentArea.getPageNumber()),
                new Rectangle(0, 0));
        return super.updateCurrentArea(overflow);
    }
}
