package org.briefgen.render.pdf.typeset;

import java.util.Objects;
import java.util.function.Function;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/**
 * A block laid out once where iText lays it out twice. To keep a block with the one after it (a
 * heading with what it heads, a question with its chart, a letter's last paragraph with the
 * closing), iText lays the block after out below it to see that it fits, sets the first, then lays
 * the second out again, in the same area: the same layout made again (a chart's table, with its
 * columns measured, twice a letter). This remembers the last block laid out, where, and how, and
 * gives that layout again when the same block is asked for in the same area (page, box, whether the
 * page is still empty) with no page move since, no forced placement, and no margins collapsing or
 * floats in the context (a letter uses neither): iText's layout of a block depends on nothing else,
 * so it is the layout iText would make. A layout that placed nothing is never given again.
 *
 * <p>One per layout of a document (it is told of every page move), not for several threads.
 */
public final class SameArea {

    private int moves;
    private IRenderer lastRenderer;
    private LayoutArea lastArea;
    private Object lastState;
    private int lastMoves;
    private LayoutResult lastResult;
    private int given;

    /** The layout moved to another page (or back to one): no layout made before is given again. */
    public void moved() {
        moves++;
    }

    /** How many layouts were given again rather than made (for the tests). */
    public int given() {
        return given;
    }

    /**
     * {@code renderer}'s layout in {@code context}, by {@code layout}, or the one it made last if nothing
     * has changed since; {@code state} is what else the layout depends on (compared by equals), or null.
     */
    public LayoutResult layout(IRenderer renderer, LayoutContext context, Object state,
            Function<LayoutContext, LayoutResult> layout) {
        boolean forced = Boolean.TRUE.equals(renderer.getProperty(Property.FORCED_PLACEMENT));
        boolean plain = !forced && context.getMarginsCollapseInfo() == null && (context.getFloatRendererAreas() == null
                || context.getFloatRendererAreas().isEmpty());
        if (plain && renderer == lastRenderer && moves == lastMoves && same(context.getArea(), lastArea)
                && Objects.equals(state, lastState)) {
            given++;
            return lastResult;
        }
        LayoutResult result = layout.apply(context);
        boolean keep = plain && result.getStatus() != LayoutResult.NOTHING;
        lastRenderer = keep ? renderer : null;
        lastArea = keep ? context.getArea().clone() : null;
        lastState = state;
        lastMoves = moves;
        lastResult = keep ? result : null;
        return result;
    }

    /**
     * {@code element}, a paragraph, group of blocks or list set directly on the page, laid out here; any
     * other element as it is. A paragraph or group must have no renderer of its own (a right-to-left one).
     */
    public IBlockElement attach(IBlockElement element) {
        layOutThrough(element, (renderer, context, layout) -> layout(renderer, context, null, layout));
        return element;
    }

    /**
     * Has {@code element} (a paragraph, a group of blocks or a list) laid out through {@code fitting}, each part
     * of it a page takes too; whether it could (no other element can).
     */
    public static boolean layOutThrough(IBlockElement element, ListItemsKept.Fitting fitting) {
        if (element instanceof Paragraph paragraph) {
            paragraph.setNextRenderer(new ParagraphThrough(paragraph, fitting));
        } else if (element instanceof Div div) {
            div.setNextRenderer(new DivThrough(div, fitting));
        } else if (element instanceof com.itextpdf.layout.element.List list) {
            ListItemsKept.keep(list, fitting);
        } else {
            return false;
        }
        return true;
    }

    private static boolean same(LayoutArea a, LayoutArea b) {
        Rectangle x = a.getBBox();
        Rectangle y = b.getBBox();
        return a.getPageNumber() == b.getPageNumber() && a.getClass() == b.getClass()
                && Float.compare(x.getX(), y.getX()) == 0 && Float.compare(x.getY(), y.getY()) == 0
                && Float.compare(x.getWidth(), y.getWidth()) == 0 && Float.compare(x.getHeight(), y.getHeight()) == 0
                && (!(a instanceof RootLayoutArea root) || root.isEmptyArea() == ((RootLayoutArea) b).isEmptyArea());
    }

    private static final class ParagraphThrough extends ParagraphRenderer {
        private final ListItemsKept.Fitting fitting;

        ParagraphThrough(Paragraph paragraph, ListItemsKept.Fitting fitting) {
            super(paragraph);
            this.fitting = fitting;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new ParagraphThrough((Paragraph) modelElement, fitting);
        }

        @Override
        public LayoutResult layout(LayoutContext context) {
            return fitting.fit(this, context, super::layout);
        }
    }

    private static final class DivThrough extends DivRenderer {
        private final ListItemsKept.Fitting fitting;

        DivThrough(Div div, ListItemsKept.Fitting fitting) {
            super(div);
            this.fitting = fitting;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new DivThrough((Div) modelElement, fitting);
        }

        @Override
        public LayoutResult layout(LayoutContext context) {
            return fitting.fit(this, context, super::layout);
        }
    }
}
