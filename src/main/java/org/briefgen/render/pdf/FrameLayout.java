package org.briefgen.render.pdf;

import java.util.List;
import java.util.Locale;

import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.render.HouseStyle;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * Lays out the parts of a letter's frame, each skipped when empty but the closing. Built once per
 * renderer; the per-letter objects come as arguments.
 */
final class FrameLayout {

    private final HouseStyle style;
    private final PageBox page;
    private final byte[] logo;

    FrameLayout(HouseStyle style, PageBox page, byte[] logo) {
        this.style = style;
        this.page = page;
        this.logo = logo;
    }

    /**
     * The organisation's name on the left and its contact lines set flush right beside it, then a
     * rule (mirrored in a right-to-left letter). The name comes first in reading order; the rule is decoration (an artifact).
     */
    void letterhead(Document layout, List<Line> letterhead, PdfStyle s, InlineLayout inlines) {
        if (letterhead.isEmpty()) {
            return;
        }
        float top = page.height() - page.top();
        float left = page.left();
        float width = page.width() - left - page.right();
        float nameSize = (float) style.sizes().letterhead();
        float logoHeight = 0;
        if (logo != null) {
            Image image = new Image(ImageDataFactory.create(logo)).setHeight(PageBox.mm(14)).setMarginBottom(4);
            image.getAccessibilityProperties().setAlternateDescription(letterhead.get(0).plainText() + " logo");
            layout.add(image);
            logoHeight = PageBox.mm(14) + 4;
        }
        String name = letterhead.get(0).plainText();
        Paragraph nameParagraph = s.paragraph(style.letterheadUppercase() ? name.toUpperCase(Locale.ROOT) : name,
                style.fonts().headings(), true, false).setFontSize(nameSize).setFontColor(s.accent)
                .setCharacterSpacing(nameSize * 0.04f).setMultipliedLeading(1.0f).setMargin(0)
                .setWidth(width * 0.58f);
        if (s.rtl) {
            nameParagraph.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        }
        layout.add(nameParagraph);
        float nameHeight = logoHeight + nameSize * 1.0f;
        float contactHeight = 0;
        if (letterhead.size() > 1) {
            float small = s.smallSize();
            float leading = small * 1.3f;
            contactHeight = (letterhead.size() - 1) * leading + small * 0.3f;
            Paragraph contact = lines(letterhead.subList(1, letterhead.size()), inlines, small, s)
                    .setTextAlignment(s.side(TextAlignment.RIGHT)).setFontColor(s.muted).setFixedLeading(leading)
                    .setFixedPosition(1, s.rtl ? left : left + width * 0.58f, top - contactHeight, width * 0.42f);
            layout.add(contact);
        }
        LineSeparator rule = new LineSeparator(new SolidLine(1.1f)).setStrokeColor(s.accent)
                .setMarginTop(Math.max(0, contactHeight - nameHeight) + PageBox.mm(4))
                .setMarginBottom(s.bodySize() * 2.2f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        layout.add(rule);
    }

    void date(Document layout, String date, PdfStyle s) {
        if (!date.isEmpty()) {
            float body = s.bodySize();
            layout.add(s.paragraph(date, false, false).setFontSize(body).setMarginTop(0).setMarginBottom(body * 1.3f));
        }
    }

    void recipient(Document layout, List<Line> recipient, PdfStyle s, InlineLayout inlines) {
        if (!recipient.isEmpty()) {
            float body = s.bodySize();
            layout.add(lines(recipient, inlines, body, s).setMarginBottom(body * 1.6f));
        }
    }

    void salutation(Document layout, Line salutation, PdfStyle s, InlineLayout inlines) {
        if (!salutation.inlines().isEmpty()) {
            float body = s.bodySize();
            layout.add(inlines.fill(new Paragraph().setFontSize(body).setMarginBottom(body * 0.9f),
                    salutation.inlines(), body, false));
        }
    }

    void subject(Document layout, Line subject, PdfStyle s, InlineLayout inlines) {
        if (!subject.inlines().isEmpty()) {
            float body = s.bodySize();
            // the subject line is the letter's title: its first heading for screen readers
            Paragraph paragraph = new Paragraph().setFont(s.body(true, false)).setFontSize(body)
                    .setMultipliedLeading(s.leading()).setMarginBottom(body * 0.9f);
            paragraph.getAccessibilityProperties().setRole(StandardRoles.H1);
            layout.add(inlines.fill(paragraph, subject.inlines(), body, true));
        }
    }

    /** The closing line and the signature beneath it, kept together on one page. */
    Div closing(LetterFrame frame, PdfStyle s, InlineLayout inlines) {
        float body = s.bodySize();
        Div block = new Div().setKeepTogether(true).setMarginTop(body * 0.6f);
        if (!frame.closing().inlines().isEmpty()) {
            block.add(inlines.fill(new Paragraph().setFontSize(body).setMarginBottom(body * 2.6f),
                    frame.closing().inlines(), body, false));
        }
        for (int i = 0; i < frame.signature().size(); i++) {
            boolean first = i == 0;
            block.add(inlines.fill(new Paragraph().setFont(s.body(first, false)).setFontSize(body).setMargin(0)
                    .setMultipliedLeading(1.3f), frame.signature().get(i).inlines(), body, first));
        }
        return block;
    }

    /**
     * Lines as one paragraph with line breaks, so they keep together and read in order; in a
     * right-to-left letter each line in its own direction (they come from data: "62 Britton Street").
     */
    private static Paragraph lines(List<Line> lines, InlineLayout inlines, float size, PdfStyle s) {
        Paragraph p = new Paragraph().setFontSize(size).setMultipliedLeading(1.3f).setMargin(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.add(new Text("\n"));
            }
            inlines.fill(p, lines.get(i).inlines(), size, false);
        }
        return s.rtl ? BidiParagraphRenderer.attachByLine(p) : p;
    }
}
