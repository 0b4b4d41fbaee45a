package org.briefgen.render.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.briefgen.render.pdf.typeset.SameArea;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;

/**
 * A letter's notes at the foot of the pages that cite them, decided as the body is laid out, once,
 * as a typesetter builds a page: a block that sets a marker on a page is laid out again, shorter,
 * when the page's foot must grow to hold that marker's note (by {@link FootNotePlanner#foot}'s
 * rules), and the page's area ends above the foot for the blocks after it. A page's foot is decided
 * when the layout leaves it; the next page opens with the foot of the notes continued from it.
 *
 * <p>Only the body's blocks that cite a note are laid out this way: a paragraph, a group of blocks
 * or a list. A letter citing a note anywhere else (a table, a right-to-left paragraph) is left to the
 * planner's layouts ({@link #unfitted}), as is one whose layout, once made, does not hold: the pass
 * checks every page's foot against its markers ({@link PdfPass#fitted}). Deterministic: the same
 * document gives the same layout.
 */
final class FootFit {

    /** Layouts of one block at most, should a marker moved to the next page move another back. */
    private static final int TRIES = 3;

    private final FootNotePlanner planner;
    private final Map<Text, Integer> markers;
    private final FootNotePages pages;
    /** The body's blocks that cite a note: only they change a page's foot. */
    private final Set<IPropertyContainer> citing = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The feet of the pages left behind, by page: what their notes ask for. */
    private final Map<Integer, Float> feet = new TreeMap<>();
    /** The markers on the pages left behind, by note. */
    private final Map<Integer, FootNoteMarks.Mark> behind = new TreeMap<>();
    private boolean unfitted;
    /** The last block laid out, given again when iText asks for it in the same area with the same markers. */
    private final SameArea same;

    FootFit(FootNotePlanner planner, Map<Text, Integer> markers, FootNotePages pages) {
        this.planner = planner;
        this.markers = markers;
        this.pages = pages;
        this.same = pages.same();
    }

    /** {@code element}, a block of the body citing a note, laid out by this fit (or the fit given up). */
    IBlockElement attach(IBlockElement element) {
        citing.add(element);
        if (!SameArea.layOutThrough(element, this::fit)) {
            unfitted = true;
        }
        return element;
    }

    /** The rules of a page's foot, with the letter's notes measured. */
    FootNotePlanner planner() {
        return planner;
    }

    /** Whether a block cited a note this fit cannot lay out. */
    boolean unfitted() {
        return unfitted;
    }

    /** The feet of the pages left behind. */
    Map<Integer, Float> feet() {
        return feet;
    }

    /** Whether {@code renderer} is (a part of) a block that cites a note. */
    boolean cites(IRenderer renderer) {
        return citing.contains(renderer.getModelElement());
    }

    /**
     * {@code renderer} laid out in {@code context} by {@code layout}, then again with its area ending
     * above the foot its page needs once its markers stand there, until its part on the page ends
     * above that foot.
     */
    LayoutResult fit(IRenderer renderer, LayoutContext context, Function<LayoutContext, LayoutResult> layout) {
        int page = context.getArea().getPageNumber();
        // iText lays a block kept with the one before it out twice in the same area (to see that it fits,
        // then to place it): the same layout, made once, if the markers on its page are the same too
        return same.layout(renderer, context, committed(page), c -> refit(renderer, c, layout, page));
    }

    private LayoutResult refit(IRenderer renderer, LayoutContext context, Function<LayoutContext, LayoutResult> layout,
            int page) {
        LayoutContext current = context;
        LayoutResult result = layout.apply(current);
        for (int tries = 0; tries < TRIES && result.getStatus() != LayoutResult.NOTHING; tries++) {
            IRenderer here = result.getStatus() == LayoutResult.FULL ? renderer : result.getSplitRenderer();
            Map<Integer, FootNoteMarks.Mark> mine = on(page, FootNoteMarks.in(here, markers));
            if (mine.isEmpty()) {
                break;
            }
            Map<Integer, FootNoteMarks.Mark> all = committed(page);
            mine.forEach(all::putIfAbsent);
            float need = planner.geometry.bottom() + foot(page, all);
            Rectangle box = current.getArea().getBBox();
            if (here.getOccupiedArea().getBBox().getBottom() >= need - 0.01f || need <= box.getBottom()) {
                break;
            }
            float bottom = Math.min(need, box.getTop());
            LayoutArea shorter = current.getArea().clone();
            shorter.setBBox(new Rectangle(box.getX(), bottom, box.getWidth(), box.getTop() - bottom));
            current = new LayoutContext(shorter, current.getMarginsCollapseInfo(), current.getFloatRendererAreas(),
                    current.isClippedHeight());
            result = layout.apply(current);
        }
        return result;
    }

    /** Ends {@code area} (of the page being laid out) above the foot its markers so far need. */
    void raise(LayoutArea area) {
        float bottom = planner.geometry.bottom() + foot(area.getPageNumber(), committed(area.getPageNumber()));
        Rectangle box = area.getBBox();
        if (bottom > box.getBottom()) {
            float top = box.getTop();
            box.setY(bottom).setHeight(Math.max(0, top - bottom));
        }
    }

    /** Page {@code page} is left, {@code split} the part of a block set on it last (if any): its foot is decided. */
    void leave(int page, IRenderer split) {
        forget(page);
        Map<Integer, FootNoteMarks.Mark> on = committed(page);
        if (split != null) {
            on(page, FootNoteMarks.in(split, markers)).forEach(on::putIfAbsent);
        }
        behind.putAll(on);
        float foot = planner.foot(page, FootNoteMarks.of(behind, page), feet);
        if (foot > 0) {
            feet.put(page, foot);
        }
    }

    /** Page {@code area} opens: its area ends above the foot of the notes continued from the pages before. */
    void open(LayoutArea area) {
        forget(area.getPageNumber());
        raise(area);
    }

    /** What was decided for {@code page} and after, should iText take back a page break it tried. */
    private void forget(int page) {
        behind.values().removeIf(m -> m.page() >= page);
        feet.keySet().removeIf(p -> p >= page);
    }

    private float foot(int page, Map<Integer, FootNoteMarks.Mark> onPage) {
        Map<Integer, FootNoteMarks.Mark> all = new TreeMap<>(behind);
        all.values().removeIf(m -> m.page() >= page);
        all.putAll(onPage);
        return planner.foot(page, FootNoteMarks.of(all, page), feet);
    }

    /** The markers the blocks laid out on {@code page} so far hold. */
    private Map<Integer, FootNoteMarks.Mark> committed(int page) {
        Map<Integer, FootNoteMarks.Mark> found = new TreeMap<>();
        List<IRenderer> children = pages.getChildRenderers();
        for (int i = children.size() - 1; i >= 0; i--) {
            IRenderer child = children.get(i);
            if (child.getOccupiedArea() == null) {
                continue;
            }
            if (child.getOccupiedArea().getPageNumber() < page) {
                break;
            }
            if (cites(child)) {
                on(page, FootNoteMarks.in(child, markers)).forEach(found::putIfAbsent);
            }
        }
        return found;
    }

    private static Map<Integer, FootNoteMarks.Mark> on(int page, Map<Integer, FootNoteMarks.Mark> marks) {
        marks.values().removeIf(m -> m.page() != page);
        return marks;
    }
}
