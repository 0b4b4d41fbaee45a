package org.briefgen.render.pdf.typeset;

import java.util.List;
import java.util.function.Function;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ListRenderer;

/**
 * A list that breaks across pages as a typesetter breaks it: never its last item alone at the head
 * of the next page (the widow rule, with items for lines): the item before it goes over too. A
 * first item may stay at a page's foot (under its heading, as the bundled letter's summary does:
 * moving the list whole would leave the page's foot empty and the letter a page longer).
 */
public final class ListItemsKept extends ListRenderer {

    /** How a list is laid out on a page that needs room for more: here, the notes its markers cite. */
    @FunctionalInterface
    public interface Fitting {
        /** {@code renderer} laid out in {@code context}, by {@code layout} once or more. */
        LayoutResult fit(IRenderer renderer, LayoutContext context, Function<LayoutContext, LayoutResult> layout);
    }

    private final Fitting fitting;

    private ListItemsKept(com.itextpdf.layout.element.List list, Fitting fitting) {
        super(list);
        this.fitting = fitting;
    }

    /** {@code list}, set by these rules. */
    public static com.itextpdf.layout.element.List keep(com.itextpdf.layout.element.List list) {
        return keep(list, null);
    }

    /** {@code list}, set by these rules and laid out by {@code fitting} (if not null). */
    public static com.itextpdf.layout.element.List keep(com.itextpdf.layout.element.List list, Fitting fitting) {
        list.setNextRenderer(new ListItemsKept(list, fitting));
        return list;
    }

    @Override
    public IRenderer getNextRenderer() {
        return new ListItemsKept((com.itextpdf.layout.element.List) modelElement, fitting);
    }

    @Override
    public LayoutResult layout(LayoutContext context) {
        return fitting == null ? kept(context) : fitting.fit(this, context, this::kept);
    }

    private LayoutResult kept(LayoutContext context) {
        LayoutResult result = super.layout(context);
        if (result.getStatus() != LayoutResult.PARTIAL || Boolean.TRUE.equals(getProperty(Property.FORCED_PLACEMENT))
                || context.getArea() instanceof RootLayoutArea root && root.isEmptyArea()) {
            return result;
        }
        List<IRenderer> placed = result.getSplitRenderer().getChildRenderers();
        List<IRenderer> over = result.getOverflowRenderer().getChildRenderers();
        // an item split across the break stands in both: its lines keep their own rules
        boolean whole = placed.size() + over.size() == getChildRenderers().size();
        if (whole && over.size() == 1 && placed.size() >= 2) {
            // end the area above the item before the last, so that it goes over too
            Rectangle box = context.getArea().getBBox();
            float top = placed.get(placed.size() - 1).getOccupiedArea().getBBox().getTop();
            LayoutArea shorter = context.getArea().clone();
            shorter.setBBox(new Rectangle(box.getX(), top, box.getWidth(), box.getTop() - top));
            return kept(new LayoutContext(shorter, context.getMarginsCollapseInfo(),
                    context.getFloatRendererAreas(), context.isClippedHeight()));
        }
        return result;
    }
}
