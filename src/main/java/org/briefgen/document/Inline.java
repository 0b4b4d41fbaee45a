package org.briefgen.document;

import java.util.List;

/** Inline content: text and its emphasis, links, note references, breaks. */
public sealed interface Inline {

    void accept(Visitor visitor);

    /** Walks inline content; one method per kind, so a writer cannot forget one. */
    interface Visitor {
        void text(Text text);

        void strong(Strong strong);

        void emphasis(Emphasis emphasis);

        void code(Code code);

        void link(Link link);

        void noteRef(NoteRef ref);

        void lineBreak(LineBreak lineBreak);
    }

    record Text(String text) implements Inline {
        public void accept(Visitor v) {
            v.text(this);
        }
    }

    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }

        public void accept(Visitor v) {
            v.strong(this);
        }
    }

    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis {
            children = List.copyOf(children);
        }

        public void accept(Visitor v) {
            v.emphasis(this);
        }
    }

    record Code(String text) implements Inline {
        public void accept(Visitor v) {
            v.code(this);
        }
    }

    record Link(String destination, List<Inline> children) implements Inline {
        public Link {
            children = List.copyOf(children);
        }

        public void accept(Visitor v) {
            v.link(this);
        }
    }

    /** A reference to note {@code number} of the document. */
    record NoteRef(int number) implements Inline {
        public void accept(Visitor v) {
            v.noteRef(this);
        }
    }

    record LineBreak() implements Inline {
        public void accept(Visitor v) {
            v.lineBreak(this);
        }
    }

    /** The text a reader sees, without note markers; line breaks become spaces. */
    static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            appendPlain(inline, sb);
        }
        return sb.toString();
    }

    private static void appendPlain(Inline inline, StringBuilder sb) {
        if (inline instanceof Text t) {
            sb.append(t.text());
        } else if (inline instanceof Code c) {
            sb.append(c.text());
        } else if (inline instanceof Strong s) {
            s.children().forEach(i -> appendPlain(i, sb));
        } else if (inline instanceof Emphasis e) {
            e.children().forEach(i -> appendPlain(i, sb));
        } else if (inline instanceof Link l) {
            l.children().forEach(i -> appendPlain(i, sb));
        } else if (inline instanceof LineBreak) {
            sb.append(' ');
        }
    }
}
