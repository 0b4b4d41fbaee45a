package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.eighths;
import static org.briefgen.render.docx.Measure.hex;
import static org.briefgen.render.docx.Measure.twips;

import java.math.BigInteger;
import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Inline;
import org.briefgen.render.HouseStyle;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * Tables as the PDF draws them: full width, no vertical lines, a rule under the header row and a
 * lighter one under each row; the header row repeats on every page.
 */
record WordTables(HouseStyle style, int textWidth) {

    void write(XWPFTable t, Block.Table table, RunWriter runs) {
        int columns = Math.max(1, Math.max(table.columns().size(), table.header().size()));
        for (List<List<Inline>> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        boolean hasHeader = !table.header().isEmpty();
        int rows = (hasHeader ? 1 : 0) + table.rows().size();
        shape(t, Math.max(rows, 1), columns);

        String rule = hex(style.colours().rule());
        t.setWidth("100%");
        t.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFBorderType.SINGLE, eighths(0.5), 0, rule);
        t.setBottomBorder(XWPFBorderType.SINGLE, eighths(0.5), 0, rule);
        t.setCellMargins(twips(3), twips(4), twips(3), twips(4));

        int r = 0;
        if (hasHeader) {
            XWPFTableRow header = t.getRow(r++);
            header.setRepeatHeader(true);
            fill(header, table, table.header(), columns, true, runs);
            for (XWPFTableCell cell : header.getTableCells()) {
                underline(cell, hex(style.colours().text()));
            }
        }
        for (List<List<Inline>> row : table.rows()) {
            fill(t.getRow(r++), table, row, columns, false, runs);
        }
    }

    /** Makes {@code t} exactly {@code rows} by {@code columns}, with a grid of equal columns. */
    private void shape(XWPFTable t, int rows, int columns) {
        while (t.getNumberOfRows() < rows) {
            t.createRow();
        }
        for (XWPFTableRow row : t.getRows()) {
            while (row.getTableCells().size() < columns) {
                row.createCell();
            }
        }
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < columns; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(textWidth / columns));
        }
    }

    private void fill(XWPFTableRow row, Block.Table table, List<List<Inline>> cells, int columns, boolean bold,
            RunWriter runs) {
        for (int i = 0; i < columns; i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(Integer.toString(textWidth / columns));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(WordStyles.TABLE_TEXT);
            p.setAlignment(align(table, i));
            runs.write(p, i < cells.size() ? cells.get(i) : List.of(), bold);
        }
    }

    private static ParagraphAlignment align(Block.Table table, int column) {
        return switch (table.align(column)) {
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTER -> ParagraphAlignment.CENTER;
            default -> ParagraphAlignment.LEFT;
        };
    }

    private static void underline(XWPFTableCell cell, String colour) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTcBorders borders = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(eighths(0.8)));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor(colour);
    }
}
