package org.briefgen.render.text;

import java.util.List;

import org.briefgen.document.Inline;
import org.briefgen.document.RunText;

/** Inline content as plain text: words as written, "[1]" for a note, "text <address>" for a link. */
final class TextInlines implements Inline.Visitor {

    private final StringBuilder out = new StringBuilder();

    static String of(List<Inline> inlines) {
        TextInlines text = new TextInlines();
        text.write(inlines);
        return text.out.toString();
    }

    private void write(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override
    public void text(Inline.Text t) {
        out.append(clean(t.text()));
    }

    @Override
    public void strong(Inline.Strong s) {
        write(s.children());
    }

    @Override
    public void emphasis(Inline.Emphasis e) {
        write(e.children());
    }

    @Override
    public void code(Inline.Code c) {
        out.append(clean(c.text()));
    }

    @Override
    public void link(Inline.Link l) {
        int start = out.length();
        write(l.children());
        String text = out.substring(start);
        String address = l.destination().replaceFirst("(?i)^mailto:", "");
        if (l.destination().matches("(?i)(https?|mailto):\\S+") && !text.equals(address)) {
            out.append(" <").append(clean(l.destination())).append('>');
        }
    }

    @Override
    public void noteRef(Inline.NoteRef ref) {
        out.append('[').append(ref.number()).append(']');
    }

    @Override
    public void lineBreak(Inline.LineBreak lineBreak) {
        out.append('\n');
    }

    /** Control characters would corrupt a mail body; tabs and line ends inside a run are spaces. */
    static String clean(String text) {
        return RunText.of(text);
    }
}
