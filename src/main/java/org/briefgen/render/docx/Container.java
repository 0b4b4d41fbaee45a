package org.briefgen.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Where blocks go: the body or a footnote; each makes paragraphs and tables its own way. */
interface Container {

    XWPFParagraph paragraph();

    /** A table of at least one row and one column, to be shaped by the caller. */
    XWPFTable table();

    /** Whether a chart may be placed here (only the body holds the chart parts' relations). */
    boolean holdsCharts();

    /** The paragraph style of plain paragraphs here. */
    String paragraphStyle();

    static Container body(XWPFDocument document) {
        return new Container() {
            @Override
            public XWPFParagraph paragraph() {
                return document.createParagraph();
            }

            @Override
            public XWPFTable table() {
                return document.createTable();
            }

            @Override
            public boolean holdsCharts() {
                return true;
            }

            @Override
            public String paragraphStyle() {
                return WordStyles.NORMAL;
            }
        };
    }

    /**
     * A footnote: its first paragraph already holds the note's own mark (Word puts it there),
     * followed by a space.
     */
    static Container note(XWPFAbstractFootnoteEndnote note) {
        return new Container() {
            private boolean first = true;

            @Override
            public XWPFParagraph paragraph() {
                XWPFParagraph p = note.createParagraph();
                if (first) {
                    first = false;
                    p.createRun().setText(" ");
                }
                return p;
            }

            @Override
            public XWPFTable table() {
                first = false;
                return note.createTable();
            }

            @Override
            public boolean holdsCharts() {
                return false;
            }

            @Override
            public String paragraphStyle() {
                return WordStyles.FOOTNOTE_TEXT;
            }
        };
    }
}
