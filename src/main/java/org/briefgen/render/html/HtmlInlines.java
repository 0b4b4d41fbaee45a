package org.briefgen.render.html;

import java.util.List;

import org.briefgen.document.Inline;

/** Inline content as HTML: text escaped, emphasis as strong/em, note references as superscript numbers. */
final class HtmlInlines implements Inline.Visitor<Void> {

    private final Css css;
    private final StringBuilder out;

    HtmlInlines(Css css, StringBuilder out) {
        this.css = css;
        this.out = out;
    }

    void write(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override
    public Void text(Inline.Text t) {
        out.append(HtmlText.escape(t.text()));
        return null;
    }

    @Override
    public Void strong(Inline.Strong s) {
        return inside("strong", s.children());
    }

    @Override
    public Void emphasis(Inline.Emphasis e) {
        return inside("em", e.children());
    }

    private Void inside(String element, List<Inline> children) {
        out.append('<').append(element).append('>');
        write(children);
        out.append("</").append(element).append('>');
        return null;
    }

    @Override
    public Void code(Inline.Code c) {
        out.append("<code style=\"font-family:").append(css.monoFont).append(";font-size:92%;\">")
                .append(HtmlText.escape(c.text())).append("</code>");
        return null;
    }

    @Override
    public Void link(Inline.Link l) {
        if (!HtmlText.isExternal(l.destination())) {
            write(l.children());
            return null;
        }
        out.append("<a href=\"").append(HtmlText.escape(l.destination())).append("\" style=\"color:")
                .append(css.accent).append(";text-decoration:underline;\">");
        write(l.children());
        out.append("</a>");
        return null;
    }

    @Override
    public Void noteRef(Inline.NoteRef ref) {
        out.append(marker(ref.number()));
        return null;
    }

    static String marker(int number) {
        return "<sup style=\"font-size:62%;line-height:0;vertical-align:super;\">" + number + "</sup>";
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        out.append("<br>");
        return null;
    }
}
