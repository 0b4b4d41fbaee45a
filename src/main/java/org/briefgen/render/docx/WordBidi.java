package org.briefgen.render.docx;

import java.util.List;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * Makes a written Word document right to left: every paragraph {@code w:bidi} (so that Word reads
 * its alignment and indents from the right, and puts list numbers there) but one that holds only a
 * drawing (a chart), every run holding
 * right-to-left letters {@code w:rtl}, every table {@code w:bidiVisual} (its first column on the
 * right), the section {@code w:bidi}. Word orders the words and joins the letters itself.
 */
final class WordBidi {

    private WordBidi() {
    }

    static void apply(XWPFDocument word) {
        body(word);
        // the headers and footers made here are parts of the document, not all in its lists
        for (POIXMLDocumentPart.RelationPart part : word.getRelationParts()) {
            if (part.getDocumentPart() instanceof XWPFHeaderFooter headerFooter) {
                body(headerFooter);
            }
        }
        word.getFootnotes().forEach(WordBidi::body);
        CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        if (!section.isSetBidi()) {
            section.addNewBidi();
        }
    }

    private static void body(IBody body) {
        body.getParagraphs().forEach(WordBidi::paragraph);
        tables(body.getTables());
    }

    private static void tables(List<XWPFTable> tables) {
        for (XWPFTable table : tables) {
            CTTblPr properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                    : table.getCTTbl().addNewTblPr();
            if (!properties.isSetBidiVisual()) {
                properties.addNewBidiVisual();
            }
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    body(cell);
                }
            }
        }
    }

    private static void paragraph(XWPFParagraph paragraph) {
        if (holdsOnlyDrawings(paragraph)) {
            // A chart's paragraph has nothing to read; left to right, the style's alignment still sets
            // it at the right. Anchored in a right-to-left paragraph, LibreOffice (7.4) draws the chart's
            // labels with their characters reversed: "0.92" for 29.0.
            return;
        }
        if (!paragraph.getCTP().isSetPPr() || !paragraph.getCTP().getPPr().isSetBidi()) {
            paragraph.getCTPPr().addNewBidi();
        }
        for (XWPFRun run : paragraph.getRuns()) {
            if (rightToLeft(run.text())) {
                CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                if (properties.sizeOfRtlArray() == 0) {
                    properties.addNewRtl();
                }
                // Word sets right-to-left runs in their complex-script bold and italic
                if (properties.sizeOfBArray() > 0 && properties.sizeOfBCsArray() == 0) {
                    copy(properties.getBArray(0), properties.addNewBCs());
                }
                if (properties.sizeOfIArray() > 0 && properties.sizeOfICsArray() == 0) {
                    copy(properties.getIArray(0), properties.addNewICs());
                }
            }
        }
    }

    private static boolean holdsOnlyDrawings(XWPFParagraph paragraph) {
        List<XWPFRun> runs = paragraph.getRuns();
        return !runs.isEmpty()
                && runs.stream().allMatch(r -> r.getCTR().sizeOfDrawingArray() > 0 && r.text().isEmpty());
    }

    private static void copy(CTOnOff from, CTOnOff to) {
        if (from.isSetVal()) {
            to.setVal(from.getVal());
        }
    }

    /** Whether {@code text} holds a letter written right to left (Hebrew, Arabic, Syriac, Thaana…). */
    static boolean rightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte direction = Character.getDirectionality(cp);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }
}
