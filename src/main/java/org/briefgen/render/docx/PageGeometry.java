package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.twipsFromMm;

import java.math.BigInteger;

import org.briefgen.render.HouseStyle;
import org.briefgen.render.PageSize;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The house style's page in twips: size, margins, and where header and footer sit. */
record PageGeometry(int width, int height, int top, int right, int bottom, int left, int header, int footer) {

    static PageGeometry of(HouseStyle style) {
        HouseStyle.Page page = style.page();
        PageSize size = page.size();
        // as in the PDF: the letterhead starts at the top margin, the footer's baseline sits a little
        // under half the bottom margin above the page's edge
        return new PageGeometry(twipsFromMm(size.widthMm()), twipsFromMm(size.heightMm()), twipsFromMm(page.top()),
                twipsFromMm(page.right()), twipsFromMm(page.bottom()), twipsFromMm(page.left()),
                twipsFromMm(page.top()),
                twipsFromMm(page.bottom() * 0.4));
    }

    int textWidthTwips() {
        return width - left - right;
    }

    void applyTo(CTSectPr section) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(top));
        margins.setRight(BigInteger.valueOf(right));
        margins.setBottom(BigInteger.valueOf(bottom));
        margins.setLeft(BigInteger.valueOf(left));
        margins.setHeader(BigInteger.valueOf(header));
        margins.setFooter(BigInteger.valueOf(footer));
        margins.setGutter(BigInteger.ZERO);
    }
}
