package org.briefgen.render.pdf.typeset;

import java.util.List;
import java.util.function.Function;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ListItemRenderer;
import com.itextpdf.layout.renderer.ListRenderer;

/**
 * A list that breaks across pages as a typesetter breaks it: never its last item alone at the head
 * of the next page (the widow rule, with items for lines): the item before it goes over too. A
 * first item may stay at a page's foot (under its heading, as the bundled letter's summary does:
 * moving the list whole would leave the page's foot empty and the letter a page longer).
 *
 * <p>Each rule lays the list out again in an area that ends higher on the same page (the widow rule
 * above the item before the last, a {@link Fitting} above the notes its markers cite): the items that
 * ended above that new end in the layout before are given again as they were laid out ({@link
 * ItemAgain}), and only those below it are laid out anew.
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
        for (IElement child : list.getChildren()) {
            if (child instanceof ListItem item && ItemAgain.plain(item)) {
                item.setNextRenderer(new ItemAgain(item));
            }
        }
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

    /**
     * A list item that its list lays out again in an area ending higher on the page is given as it was
     * laid out, when it ended above that area's end: its layout was whole (placed where the area began,
     * its paragraphs broken into the same lines), and a paragraph's layout depends on where its area
     * ends only when it does not fit. Only for items of paragraphs of text (nothing sized by the area's
     * height, as an image can be), laid out whole, in the same page, place and width, with no margins
     * collapsing or floats, no forced placement, and not moved since.
     */
    static final class ItemAgain extends ListItemRenderer {
        private LayoutArea lastArea;
        private boolean lastClipped;
        private Rectangle lastOccupied;
        private LayoutResult lastResult;
        private int given;

        ItemAgain(ListItem item) {
            super(item);
        }

        /** Whether {@code item} holds only paragraphs of text. */
        static boolean plain(ListItem item) {
            for (IElement child : item.getChildren()) {
                if (!(child instanceof Paragraph paragraph)) {
                    return false;
                }
                for (IElement text : paragraph.getChildren()) {
                    if (!(text instanceof Text)) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new ItemAgain((ListItem) modelElement);
        }

        @Override
        public LayoutResult layout(LayoutContext context) {
            boolean plain = context.getMarginsCollapseInfo() == null && (context.getFloatRendererAreas() == null
                    || context.getFloatRendererAreas().isEmpty())
                    && !Boolean.TRUE.equals(getProperty(Property.FORCED_PLACEMENT));
            if (plain && lastResult != null && within(context) && getOccupiedArea() != null
                    && unmoved(getOccupiedArea().getBBox())
                    && lastOccupied.getBottom() >= context.getArea().getBBox().getBottom()) {
                given++;
                return lastResult;
            }
            LayoutResult result = super.layout(context);
            boolean keep = plain && result.getStatus() == LayoutResult.FULL && getOccupiedArea() != null;
            lastArea = keep ? context.getArea().clone() : null;
            lastClipped = context.isClippedHeight();
            lastOccupied = keep ? getOccupiedArea().getBBox().clone() : null;
            lastResult = keep ? result : null;
            return result;
        }

        /** Whether {@code context}'s area is the last one's, or that area ending higher. */
        private boolean within(LayoutContext context) {
            LayoutArea area = context.getArea();
            Rectangle now = area.getBBox();
            Rectangle then = lastArea.getBBox();
            return area.getPageNumber() == lastArea.getPageNumber() && area.getClass() == lastArea.getClass()
                    && context.isClippedHeight() == lastClipped && Float.compare(now.getX(), then.getX()) == 0
                    && Float.compare(now.getWidth(), then.getWidth()) == 0
                    && Float.compare(now.getTop(), then.getTop()) == 0 && now.getBottom() >= then.getBottom()
                    && (!(area instanceof RootLayoutArea root) || root.isEmptyArea() == ((RootLayoutArea) lastArea)
                            .isEmptyArea());
        }

        /** Whether {@code occupied} is where the last layout placed this item (exactly). */
        private boolean unmoved(Rectangle occupied) {
            return Float.compare(occupied.getX(), lastOccupied.getX()) == 0
                    && Float.compare(occupied.getY(), lastOccupied.getY()) == 0
                    && Float.compare(occupied.getWidth(), lastOccupied.getWidth()) == 0
                    && Float.compare(occupied.getHeight(), lastOccupied.getHeight()) == 0;
        }

        /** How many layouts were given again rather than made (for the tests). */
        int given() {
            return given;
        }
    }
}
