package org.briefgen.render.pdf;

import org.briefgen.document.DocumentInfo;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/** Puts the reference on the left and "Page n of N" on the right of every page's foot. */
final class PageFooters {

    private final PageBox page;

    PageFooters(PageBox page) {
        this.page = page;
    }

    /** Footers on the pages from {@code firstPage} on, once every page is laid out. */
    void add(Document layout, int pages, DocumentInfo info, PdfStyle s, int firstPage) {
        float y = page.bottom() * 0.45f;
        float left = page.left();
        float right = page.width() - page.right();
        for (int number = firstPage; number <= pages; number++) {
            // a right-to-left letter has its reference on the right, its page numbers on the left
            float start = s.rtl ? right : left;
            float end = s.rtl ? left : right;
            if (!info.reference().isEmpty()) {
                layout.showTextAligned(footer(s.words.text("page.reference", "reference", info.reference()), s), start,
                        y, number,
                        s.side(TextAlignment.LEFT), VerticalAlignment.BOTTOM, 0);
            }
            layout.showTextAligned(footer(s.words.text("page.number", "page", number, "pages", pages), s), end, y,
                    number,
                    s.side(TextAlignment.RIGHT), VerticalAlignment.BOTTOM, 0);
        }
    }

    /** Footer text: repeated on every page, so an artifact, not content. */
    static Paragraph footer(String text, PdfStyle s) {
        Paragraph p = s.paragraph(text, false, false).setFontSize(s.smallSize() * 0.95f)
                .setFontColor(s.muted).setMargin(0);
        p.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return p;
    }
}
