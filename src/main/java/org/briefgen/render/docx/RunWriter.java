package org.briefgen.render.docx;

import java.util.List;

import org.briefgen.document.Inline;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes inline content as Word runs: emphasis as run properties, links as hyperlinks, notes as footnotes. */
final class RunWriter {

    private final WordNotes notes;

    RunWriter(WordNotes notes) {
        this.notes = notes;
    }

    void write(XWPFParagraph paragraph, List<Inline> inlines) {
        write(paragraph, inlines, false);
    }

    /** Writes {@code inlines} into {@code paragraph}, all bold when {@code bold}. */
    void write(XWPFParagraph paragraph, List<Inline> inlines, boolean bold) {
        new Runs(paragraph, bold, false, null).all(inlines);
    }

    /** Per-call state: the paragraph and the formatting in force. */
    private final class Runs implements Inline.Visitor<Void> {
        private final XWPFParagraph paragraph;
        private final boolean bold;
        private final boolean italic;
        private final String link;

        Runs(XWPFParagraph paragraph, boolean bold, boolean italic, String link) {
            this.paragraph = paragraph;
            this.bold = bold;
            this.italic = italic;
            this.link = link;
        }

        void all(List<Inline> inlines) {
            for (Inline inline : inlines) {
                inline.accept(this);
            }
        }

        private XWPFRun run() {
            XWPFRun run;
            if (link != null) {
                XWPFHyperlinkRun linked = paragraph.createHyperlinkRun(link);
                linked.setStyle(WordStyles.HYPERLINK);
                run = linked;
            } else {
                run = paragraph.createRun();
            }
            if (bold) {
                run.setBold(true);
            }
            if (italic) {
                run.setItalic(true);
            }
            return run;
        }

        @Override
        public Void text(Inline.Text t) {
            run().setText(WordText.clean(t.text()));
            return null;
        }

        @Override
        public Void strong(Inline.Strong s) {
            new Runs(paragraph, true, italic, link).all(s.children());
            return null;
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            new Runs(paragraph, bold, true, link).all(e.children());
            return null;
        }

        @Override
        public Void code(Inline.Code c) {
            XWPFRun run = run();
            run.setStyle(WordStyles.VERBATIM);
            run.setText(WordText.clean(c.text()));
            return null;
        }

        @Override
        public Void link(Inline.Link l) {
            // only links a reader can follow become hyperlinks; anything else is its text
            String target = WordText.isExternal(l.destination()) ? l.destination() : link;
            new Runs(paragraph, bold, italic, target).all(l.children());
            return null;
        }

        @Override
        public Void noteRef(Inline.NoteRef ref) {
            notes.reference(paragraph, ref.number());
            return null;
        }

        @Override
        public Void lineBreak(Inline.LineBreak lineBreak) {
            paragraph.createRun().addBreak();
            return null;
        }
    }
}
