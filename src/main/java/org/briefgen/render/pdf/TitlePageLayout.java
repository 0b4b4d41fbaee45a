package org.briefgen.render.pdf;

import org.briefgen.document.Cover;
import org.briefgen.render.HouseStyle;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.UnitValue;

/**
 * Lays out a title page: the title and subtitle in the upper third, who and when beneath; the body
 * starts on the next page.
 */
record TitlePageLayout(HouseStyle style, PageBox page) {

    void titlePage(Document layout, Cover cover, PdfStyle s) {
        float usable = page.height() - page.top() - page.bottom();
        float titleSize = (float) style.sizes().heading(1) * 2.1f;
        Paragraph title = s.paragraph(cover.title(), style.fonts().headings(), true, false).setFontSize(titleSize)
                .setFontColor(s.accent).setMultipliedLeading(1.1f).setMarginTop(usable * 0.28f).setMarginBottom(6);
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        layout.add(title);
        if (!cover.subtitle().isEmpty()) {
            layout.add(s.paragraph(cover.subtitle(), false, false)
                    .setFontSize((float) style.sizes().heading(2) * 1.4f).setFontColor(s.muted).setMarginTop(0)
                    .setMarginBottom(s.bodySize() * 2.5f));
        }
        LineSeparator rule = new LineSeparator(new SolidLine(1.1f)).setStrokeColor(s.accent)
                .setWidth(UnitValue.createPercentValue(25)).setMarginBottom(s.bodySize() * 1.5f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        if (s.rtl) {
            rule.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.RIGHT);
        }
        layout.add(rule);
        for (String line : cover.lines()) {
            layout.add(s.paragraph(line, false, false).setFontSize(s.bodySize() * 1.15f).setMargin(0)
                    .setMultipliedLeading(1.4f));
        }
        layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }
}
