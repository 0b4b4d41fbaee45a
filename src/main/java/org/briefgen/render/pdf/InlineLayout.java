package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.briefgen.document.Inline;

import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.ILeafElement;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

/** Lays out inline content as iText text runs: emphasis as font faces, note markers raised. */
final class InlineLayout {

    private final PdfStyle styling;
    /** Where the text's note markers are recorded, with their notes' numbers (the page feet need them). */
    private final Map<Text, Integer> markers;

    InlineLayout(PdfStyle styling, Map<Text, Integer> markers) {
        this.styling = styling;
        this.markers = markers;
    }

    /** Adds {@code inlines} to {@code paragraph}, in the paragraph's size, plain or bold. */
    Paragraph fill(Paragraph paragraph, List<Inline> inlines, float size, boolean bold) {
        for (ILeafElement leaf : runs(inlines, size, bold, false, null)) {
            paragraph.add(leaf);
        }
        return styling.rtl ? BidiParagraphRenderer.attach(paragraph) : paragraph;
    }

    private List<ILeafElement> runs(List<Inline> inlines, float size, boolean bold, boolean italic, String link) {
        List<ILeafElement> out = new ArrayList<>();
        for (Inline inline : inlines) {
            inline.accept(new Inline.Visitor() {
                @Override
                public void text(Inline.Text t) {
                    for (Text text : styling.texts(t.text(), styling.style.fonts().body(), bold, italic)) {
                        out.add(style(text, link));
                    }
                }

                @Override
                public void strong(Inline.Strong s) {
                    out.addAll(runs(s.children(), size, true, italic, link));
                }

                @Override
                public void emphasis(Inline.Emphasis e) {
                    out.addAll(runs(e.children(), size, bold, true, link));
                }

                @Override
                public void code(Inline.Code c) {
                    for (Text text : styling.texts(c.text(), "mono", false, false)) {
                        out.add(style(text.setFontSize(size * 0.92f), link));
                    }
                }

                @Override
                public void link(Inline.Link l) {
                    out.addAll(runs(l.children(), size, bold, italic, l.destination()));
                }

                @Override
                public void noteRef(Inline.NoteRef ref) {
                    Text marker = noteMarker(ref.number(), size);
                    markers.put(marker, ref.number());
                    out.add(marker);
                }

                @Override
                public void lineBreak(Inline.LineBreak lineBreak) {
                    out.add(new Text("\n").setFont(styling.body(false, false)));
                }
            });
        }
        return out;
    }

    /** A superscript note number, as Word sets it: smaller and raised; tagged as a Reference. */
    Text noteMarker(int number, float size) {
        Text marker = new Text(Integer.toString(number)).setFont(styling.body(false, false))
                .setFontSize(size * 0.62f).setTextRise(size * 0.36f);
        marker.getAccessibilityProperties().setRole(StandardRoles.REFERENCE);
        return marker;
    }

    /** Text inside a link to an external address becomes a link annotation, described for screen readers. */
    private Text style(Text text, String link) {
        if (link == null || !isExternal(link)) {
            return text;
        }
        Link linked = new Link(text.getText(), PdfAction.createURI(link));
        // underlined text marks the link; the annotation draws no box of its own
        linked.getLinkAnnotation().setContents(text.getText() + ": " + link)
                .setBorder(new com.itextpdf.kernel.pdf.PdfArray(new float[] {0, 0, 0}));
        linked.getAccessibilityProperties().setAlternateDescription(text.getText() + ": " + link);
        copyFont(text, linked);
        linked.setFontColor(styling.accent).setUnderline(0.5f, -1.5f);
        return linked;
    }

    private static void copyFont(Text from, Text to) {
        Object font = from.<Object>getOwnProperty(com.itextpdf.layout.properties.Property.FONT);
        if (font instanceof com.itextpdf.kernel.font.PdfFont pdfFont) {
            to.setFont(pdfFont);
        }
        Object size = from.<Object>getOwnProperty(com.itextpdf.layout.properties.Property.FONT_SIZE);
        if (size instanceof com.itextpdf.layout.properties.UnitValue unit) {
            to.setFontSize(unit.getValue());
        }
    }

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?|mailto):.+");

    private static boolean isExternal(String destination) {
        return EXTERNAL.matcher(destination).matches();
    }
}
