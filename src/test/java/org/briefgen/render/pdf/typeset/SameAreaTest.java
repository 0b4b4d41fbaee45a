package org.briefgen.render.pdf.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.layout.RootLayoutArea;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.DivRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import org.junit.jupiter.api.Test;

/**
 * A block iText asks for twice in the same area is laid out once; anything that could make its layout differ
 * (another area, page, page move, emptiness, state, a forced placement, floats, a layout that placed
 * nothing) lays it out again.
 */
class SameAreaTest {

    private final SameArea same = new SameArea();
    private final IRenderer block = new DivRenderer(new Div());
    private final List<LayoutContext> made = new ArrayList<>();
    private int status = LayoutResult.FULL;

    private LayoutResult layout(LayoutContext context) {
        made.add(context);
        return new LayoutResult(status, context.getArea().clone(), null, null);
    }

    private static LayoutContext in(int page, float height, boolean empty) {
        RootLayoutArea area = new RootLayoutArea(page, new Rectangle(36, 36, 500, height));
        area.setEmptyArea(empty);
        return new LayoutContext(area);
    }

    private LayoutResult ask(IRenderer renderer, LayoutContext context, Object state) {
        return same.layout(renderer, context, state, this::layout);
    }

    @Test
    void aBlockAskedForAgainInTheSameAreaIsLaidOutOnce() {
        LayoutResult first = ask(block, in(1, 400, false), null);
        LayoutResult again = ask(block, in(1, 400, false), null);
        assertThat(again).isSameAs(first);
        assertThat(made).hasSize(1);
        assertThat(same.given()).isEqualTo(1);
    }

    @Test
    void anotherAreaPageOrEmptinessLaysItOutAgain() {
        ask(block, in(1, 400, false), null);
        ask(block, in(1, 399.99f, false), null);
        ask(block, in(2, 399.99f, false), null);
        ask(block, in(2, 399.99f, true), null);
        assertThat(made).hasSize(4);
        assertThat(same.given()).isZero();
    }

    @Test
    void aPageMoveAnotherBlockOrAnotherStateLaysItOutAgain() {
        ask(block, in(1, 400, false), "marks");
        same.moved();
        ask(block, in(1, 400, false), "marks");
        ask(block, in(1, 400, false), "other marks");
        IRenderer other = new DivRenderer(new Div());
        ask(other, in(1, 400, false), "other marks");
        ask(block, in(1, 400, false), "other marks");
        assertThat(made).hasSize(5);
        assertThat(same.given()).isZero();
    }

    @Test
    void aLayoutThatPlacedNothingIsMadeAgain() {
        status = LayoutResult.NOTHING;
        ask(block, in(1, 400, false), null);
        ask(block, in(1, 400, false), null);
        assertThat(made).hasSize(2);
    }

    @Test
    void aForcedPlacementOrFloatsLayItOutAgain() {
        block.setProperty(Property.FORCED_PLACEMENT, true);
        ask(block, in(1, 400, false), null);
        ask(block, in(1, 400, false), null);
        block.setProperty(Property.FORCED_PLACEMENT, false);
        LayoutArea area = new RootLayoutArea(1, new Rectangle(36, 36, 500, 400));
        List<Rectangle> floats = List.of(new Rectangle(36, 300, 100, 100));
        same.layout(block, new LayoutContext(area.clone(), null, floats), null, this::layout);
        same.layout(block, new LayoutContext(area.clone(), null, floats), null, this::layout);
        assertThat(made).hasSize(4);
        assertThat(same.given()).isZero();
    }
}
