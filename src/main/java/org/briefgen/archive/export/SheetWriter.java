package org.briefgen.archive.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Sheet} as CSV or XLSX: the one writer of every CSV briefgen writes (manifests,
 * failure reports, exports, the tracker). Text that a spreadsheet would take for a formula (it
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written
 * as text: in CSV behind an apostrophe, in XLSX as a text cell marked to stay text.
 */
public final class SheetWriter {

    private SheetWriter() {
    }

    /** Whether a spreadsheet could read {@code text} as a formula. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** {@code text} as a CSV cell: behind an apostrophe when a spreadsheet could read it as a formula. */
    static String text(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    public static void csv(Sheet sheet, Appendable out) {
        csv(sheet.columns(), sheet.rows(), out);
    }

    /** A sheet's CSV from {@code rows} as they come (a row may be made only when it is reached), to {@code out}. */
    public static void csv(List<String> columns, Iterable<? extends List<?>> rows, Appendable out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().get())) {
            printer.printRecord(columns);
            for (List<?> row : rows) {
                for (Object cell : row) {
                    printer.print(cell == null || cell instanceof Number || cell instanceof LocalDate ? cell
                            : text(cell.toString()));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csv(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        csv(sheet, sb);
        return sb.toString();
    }

    public static byte[] xlsx(Sheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        xlsx(sheet, bytes);
        return bytes.toByteArray();
    }

    /**
     * {@code sheet} as XLSX written to {@code out}, through POI's streaming workbook: rows are written
     * out a hundred at a time (to a temporary file POI removes), so a sheet of tens of thousands of
     * rows is never held whole as POI's cells.
     */
    public static void xlsx(Sheet sheet, java.io.OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (workbook) {
            SXSSFSheet ws = workbook.createSheet(sheet.name());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int[] widths = new int[sheet.columns().size()];
            Row head = ws.createRow(0);
            for (int c = 0; c < sheet.columns().size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(sheet.columns().get(c));
                cell.setCellStyle(header);
                widths[c] = sheet.columns().get(c).length();
            }
            for (int r = 0; r < sheet.rows().size(); r++) {
                Row row = ws.createRow(r + 1);
                List<Object> values = sheet.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        String s = value.toString();
                        cell.setCellValue(s);
                        if (looksLikeFormula(s)) {
                            cell.setCellStyle(text);
                        }
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], value.toString().length());
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                ws.setColumnWidth(c, Math.min(80, widths[c] + 2) * 256);
            }
            ws.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
