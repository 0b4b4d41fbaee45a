package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.briefgen.document.Inline;

import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.layout.element.ILeafElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

/** Lays out inline content as iText text runs: emphasis as font faces, note markers raised. */
final class InlineLayout {

    private final Styling styling;

    InlineLayout(Styling styling) {
        this.styling = styling;
    }

    /** Adds {@code inlines} to {@code paragraph}, in the paragraph's size, plain or bold. */
    Paragraph fill(Paragraph paragraph, List<Inline> inlines, float size, boolean bold) {
        for (ILeafElement leaf : runs(inlines, size, bold, false, null)) {
            paragraph.add(leaf);
        }
        return paragraph;
    }

    private List<ILeafElement> runs(List<Inline> inlines, float size, boolean bold, boolean italic, String link) {
        List<ILeafElement> out = new ArrayList<>();
        for (Inline inline : inlines) {
            inline.accept(new Inline.Visitor<Void>() {
                @Override
                public Void text(Inline.Text t) {
                    out.add(style(new Text(t.text()).setFont(styling.body(bold, italic)), link));
                    return null;
                }

                @Override
                public Void strong(Inline.Strong s) {
                    out.addAll(runs(s.children(), size, true, italic, link));
                    return null;
                }

                @Override
                public Void emphasis(Inline.Emphasis e) {
                    out.addAll(runs(e.children(), size, bold, true, link));
                    return null;
                }

                @Override
                public Void code(Inline.Code c) {
                    out.add(style(new Text(c.text()).setFont(styling.mono()).setFontSize(size * 0.92f), link));
                    return null;
                }

                @Override
                public Void link(Inline.Link l) {
                    out.addAll(runs(l.children(), size, bold, italic, l.destination()));
                    return null;
                }

                @Override
                public Void noteRef(Inline.NoteRef ref) {
                    out.add(noteMarker(ref.number(), size));
                    return null;
                }

                @Override
                public Void lineBreak(Inline.LineBreak lineBreak) {
                    out.add(new Text("\n").setFont(styling.body(false, false)));
                    return null;
                }
            });
        }
        return out;
    }

    /** A superscript note number, as Word sets it: smaller and raised. */
    Text noteMarker(int number, float size) {
        return (Text) new Text(Integer.toString(number)).setFont(styling.body(false, false))
                .setFontSize(size * 0.62f).setTextRise(size * 0.36f);
    }

    private Text style(Text text, String link) {
        if (link != null && isExternal(link)) {
            text.setFontColor(styling.accent).setUnderline(0.5f, -1.5f).setAction(PdfAction.createURI(link));
        }
        return text;
    }

    private static boolean isExternal(String destination) {
        return destination.matches("(?i)(https?|mailto):.+");
    }
}
