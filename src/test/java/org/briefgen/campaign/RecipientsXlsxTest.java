package org.briefgen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.load.CampaignLoader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipients kept in Excel: the same letters as from the CSV, problems named by sheet and cell. */
class RecipientsXlsxTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 1, 1);

    @TempDir
    Path dir;

    /** Writes the bundled recipients.csv as a workbook, with a formula and a number among the cells. */
    private Path workbook(Path data, String sheetName) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(
                Files.readString(data.resolve("recipients.csv")))).getRecords();
        Path xlsx = data.resolve("recipients.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("not this sheet");
            XSSFSheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < records.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    row.createCell(c).setCellValue(records.get(r).get(c));
                }
                // an extra column: a header, then numbers, as officers keep them
                if (r == 0) {
                    row.createCell(records.get(r).size()).setCellValue("Employees");
                } else {
                    row.createCell(records.get(r).size()).setCellValue(1500.0 * r);
                }
            }
            sheet.getRow(1).getCell(1).setCellFormula("\"Amazon\"&\" UK\"");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(out);
        }
        return xlsx;
    }

    @Test
    void theBundledCampaignGivesTheSameLettersFromAWorkbook() throws IOException {
        Path root = TestCampaigns.copyBundled(dir);
        Path data = root.resolve("data");
        List<WrittenLetter> fromCsv = TestLetters.issue(Campaigns.installed().run(new CampaignLoader(TODAY).load(data),
                root.resolve("templates")), dir.resolve("csv"));
        workbook(data, "Recipients");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "recipients: recipients.csv",
                "recipients: recipients.xlsx\nrecipients_sheet: Recipients");
        CampaignData loaded = new CampaignLoader(TODAY).load(data);
        assertThat(loaded.recipients().get(0).company()).isEqualTo("Amazon UK");
        assertThat(loaded.recipients().get(1).extra()).containsEntry("Employees", "3000");
        List<WrittenLetter> fromXlsx = TestLetters.issue(Campaigns.installed().run(loaded, root.resolve("templates")),
                dir.resolve("xlsx"));
        assertThat(fromXlsx).hasSameSizeAs(fromCsv);
        for (int i = 0; i < fromCsv.size(); i++) {
            assertThat(fromXlsx.get(i).file().getFileName()).isEqualTo(fromCsv.get(i).file().getFileName());
            assertThat(Files.readAllBytes(fromXlsx.get(i).file())).isEqualTo(Files.readAllBytes(fromCsv.get(i).file()));
        }
    }

    @Test
    void problemsNameSheetAndCell() throws IOException {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        TestCampaigns.edit(data.resolve("recipients.csv"), "privacy@northwind-home.example.org",
                "privacy-at-northwind");
        workbook(data, "Recipients");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "recipients: recipients.csv",
                "recipients: recipients.xlsx\nrecipients_sheet: Recipients");
        DataException e = catchThrowableOfType(DataException.class, () -> new CampaignLoader(TODAY).load(data));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(data.resolve("recipients.xlsx")
                + ": Recipients!G3: 'privacy-at-northwind' is not an e-mail address (write it as name@domain.example, one"
                + " address per ';')");
    }

    @Test
    void anUnknownSheetSuggestsTheNearest() throws IOException {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        workbook(data, "Recipients");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "recipients: recipients.csv",
                "recipients: recipients.xlsx\nrecipients_sheet: Recipient");
        DataException e = catchThrowableOfType(DataException.class, () -> new CampaignLoader(TODAY).load(data));
        assertThat(e.getMessage()).contains("the workbook has no sheet 'Recipient' (did you mean 'Recipients'?)");
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() throws IOException {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        Files.writeString(data.resolve("recipients.xlsx"), "id,company\n");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "recipients: recipients.csv", "recipients: recipients.xlsx");
        DataException e = catchThrowableOfType(DataException.class, () -> new CampaignLoader(TODAY).load(data));
        assertThat(e.getMessage()).contains(data.resolve("recipients.xlsx") + ": not an Excel workbook (.xlsx)");
    }
}
