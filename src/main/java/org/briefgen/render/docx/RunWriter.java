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
        new Runs(notes, paragraph, bold, false, null).all(inlines);
    }

    /** Per-call state: where notes go, the paragraph and the formatting in force. */
    private record Runs(WordNotes notes, XWPFParagraph paragraph, boolean bold, boolean italic, String link)
            implements
                Inline.Visitor {

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
        public void text(Inline.Text t) {
            run().setText(WordText.clean(t.text()));
        }

        @Override
        public void strong(Inline.Strong s) {
            new Runs(notes, paragraph, true, italic, link).all(s.children());
        }

        @Override
        public void emphasis(Inline.Emphasis e) {
            new Runs(notes, paragraph, bold, true, link).all(e.children());
        }

        @Override
        public void code(Inline.Code c) {
            XWPFRun run = run();
            run.setStyle(WordStyles.VERBATIM);
            run.setText(WordText.clean(c.text()));
        }

        @Override
        public void link(Inline.Link l) {
            // only links a reader can follow become hyperlinks; anything else is its text
            String target = WordText.isExternal(l.destination()) ? l.destination() : link;
            new Runs(notes, paragraph, bold, italic, target).all(l.children());
        }

        @Override
        public void noteRef(Inline.NoteRef ref) {
            notes.reference(paragraph, ref.number());
        }

        @Override
        public void lineBreak(Inline.LineBreak lineBreak) {
            paragraph.createRun().addBreak();
        }
    }
}
