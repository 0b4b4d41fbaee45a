package org.briefgen.render.html;

import java.util.List;

import org.briefgen.document.Inline;

/** Inline content as HTML: text escaped, emphasis as strong/em, note references as superscript numbers. */
record HtmlInlines(Css css, StringBuilder out) implements Inline.Visitor {

    void write(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override
    public void text(Inline.Text t) {
        out.append(HtmlText.escape(t.text()));
    }

    @Override
    public void strong(Inline.Strong s) {
        inside("strong", s.children());
    }

    @Override
    public void emphasis(Inline.Emphasis e) {
        inside("em", e.children());
    }

    private void inside(String element, List<Inline> children) {
        out.append('<').append(element).append('>');
        write(children);
        out.append("</").append(element).append('>');
    }

    @Override
    public void code(Inline.Code c) {
        out.append("<code style=\"font-family:").append(css.monoFont).append(";font-size:92%;\">")
                .append(HtmlText.escape(c.text())).append("</code>");
    }

    @Override
    public void link(Inline.Link l) {
        if (!HtmlText.isExternal(l.destination())) {
            write(l.children());
            return;
        }
        out.append("<a href=\"").append(HtmlText.escape(l.destination())).append("\" style=\"color:")
                .append(css.accent).append(";text-decoration:underline;\">");
        write(l.children());
        out.append("</a>");
    }

    @Override
    public void noteRef(Inline.NoteRef ref) {
        out.append(marker(ref.number()));
    }

    static String marker(int number) {
        return "<sup style=\"font-size:62%;line-height:0;vertical-align:super;\">" + number + "</sup>";
    }

    @Override
    public void lineBreak(Inline.LineBreak lineBreak) {
        out.append("<br>");
    }
}
