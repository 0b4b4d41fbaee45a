package org.briefgen.render.docx;

import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Where blocks go: the body or a footnote; each makes paragraphs and tables its own way (a table of at
 * least one row and one column, to be shaped by the caller). {@code holdsCharts}: whether a chart may be
 * placed here (only the body holds the chart parts' relations); {@code paragraphStyle}: the paragraph style
 * of plain paragraphs here.
 */
record Container(Supplier<XWPFParagraph> paragraphs, Supplier<XWPFTable> tables, boolean holdsCharts,
        String paragraphStyle) {

    XWPFParagraph paragraph() {
        return paragraphs.get();
    }

    XWPFTable table() {
        return tables.get();
    }

    static Container body(XWPFDocument document) {
        return new Container(document::createParagraph, document::createTable, true, WordStyles.NORMAL);
    }

    /**
     * A footnote: its first paragraph already holds the note's own mark (Word puts it there),
     * followed by a space.
     */
    static Container note(XWPFAbstractFootnoteEndnote note) {
        Note parts = new Note(note);
        return new Container(parts::paragraph, parts::table, false, WordStyles.FOOTNOTE_TEXT);
    }

    /** A footnote's paragraphs and tables, which know whether the first is still to come. */
    private static final class Note {
        private final XWPFAbstractFootnoteEndnote note;
        private boolean first = true;

        Note(XWPFAbstractFootnoteEndnote note) {
            this.note = note;
        }

        XWPFParagraph paragraph() {
            XWPFParagraph p = note.createParagraph();
            if (first) {
                first = false;
                p.createRun().setText(" ");
            }
            return p;
        }

        XWPFTable table() {
            first = false;
            return note.createTable();
        }
    }
}
