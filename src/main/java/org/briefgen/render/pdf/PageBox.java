package org.briefgen.render.pdf;

import org.briefgen.render.HouseStyle;

import com.itextpdf.kernel.geom.PageSize;

/** The house style's page in points: its size and margins, worked out once per renderer. */
record PageBox(PageSize size, float top, float right, float bottom, float left) {

    private static final float MM = 72f / 25.4f;

    static PageBox of(HouseStyle.Page page) {
        // whole points, as iText's own sizes (PageSize.A4 is 595 × 842)
        PageSize size = new PageSize(page.size().widthPoints(), page.size().heightPoints());
        return new PageBox(size, mm(page.top()), mm(page.right()), mm(page.bottom()), mm(page.left()));
    }

    static float mm(double millimetres) {
        return (float) (millimetres * MM);
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }
}
