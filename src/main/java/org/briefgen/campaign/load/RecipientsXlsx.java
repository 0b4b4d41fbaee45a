package org.briefgen.campaign.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;

import org.briefgen.campaign.Platform;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.failure.Suggestions;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the recipients table from an Excel workbook with POI's streaming reader (the sheet is
 * never held whole in memory). Cells are read as Excel shows them: numbers and dates in their
 * cell format, formulas as their last computed value.
 */
final class RecipientsXlsx {

    private RecipientsXlsx() {
    }

    /** The recipients on sheet {@code sheetName} of {@code path}, or on its first sheet when null. */
    static List<Recipient> read(Path path, String sheetName, Platform platform, Problems problems) {
        String file = path.toString();
        if (!Files.isReadable(path)) {
            problems.add(file, 0, 0, "file not found");
            return List.of();
        }
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (sheetName == null || sheetName.equals(name)) {
                        List<TableRow> rows = rows(sheet, styles, strings);
                        return new RecipientTable(file, name, platform, problems).read(rows);
                    }
                }
            }
            problems.add(Problem.at(file, 0, 0, names.isEmpty() ? "the workbook has no sheets"
                    : "the workbook has no sheet '" + sheetName + "'").withHint(names.isEmpty() ? null
                            : Suggestions.hint(sheetName, names)));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            problems.add(Problem.at(file, 0, 0, "not an Excel workbook (.xlsx)")
                    .withHint("save it from Excel as 'Excel Workbook (.xlsx)', or export it as CSV UTF-8"));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            problems.add(unreadable(file, e));
        }
        return List.of();
    }

    /** POI's refusals (oversized or zip-bomb-like parts among them) said plainly. */
    private static Problem unreadable(String file, Exception e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("exceeds the maximum") || lower.contains("too large")) {
            return Problem.at(file, 0, 0, "the workbook is too large or too compressed to read safely")
                    .withHint("split it, or export the sheet as CSV UTF-8");
        }
        return Problem.at(file, 0, 0, "cannot read the workbook: " + message.lines().findFirst().orElse(message));
    }

    private static List<TableRow> rows(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, ParserConfigurationException {
        List<TableRow> rows = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler collector = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<String> cells;
            private int number;

            @Override
            public void startRow(int rowNum) {
                cells = new ArrayList<>();
                number = rowNum + 1;
            }

            @Override
            public void endRow(int rowNum) {
                int[] columns = new int[cells.size()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = i + 1;
                }
                rows.add(new TableRow(number, List.copyOf(cells), columns));
            }

            @Override
            public void cell(String reference, String formattedValue, XSSFComment comment) {
                int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(formattedValue == null ? "" : formattedValue);
            }
        };
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                new DataFormatter(Locale.UK), false));
        parser.parse(new InputSource(sheet));
        return rows;
    }
}
