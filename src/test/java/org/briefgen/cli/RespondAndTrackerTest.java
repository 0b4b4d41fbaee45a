package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.briefgen.PdfText;
import org.briefgen.files.Sha256;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** respond, then tracker: statuses on given days, in every format. */
class RespondAndTrackerTest {

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void issued() {
        cli = new Cli(dir);
        assertThat(cli.generate().code()).isZero();
    }

    private Map<String, CSVRecord> trackerCsv(String asOf) throws Exception {
        Cli.Result r = cli.command("tracker", "--as-of", asOf, "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        return rows.stream().collect(Collectors.toMap(row -> row.get("company"), row -> row, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private Cli.Result respond(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "respond";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.command(all);
    }

    @Test
    void amazonRespondedAndTheOthersAreOverdue() throws Exception {
        Cli.Result r = respond("CE-2020-001", "--received", "2020-01-15", "--summary", "Denies sharing data");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("recorded: response to CE-2020-001 (Amazon UK), received 15 January 2020, 8 days"
                + " after the letter, by the deadline of 17 January 2020\n");

        Map<String, CSVRecord> rows = trackerCsv("2020-01-20");
        assertThat(rows.keySet()).containsExactly("Amazon UK", "Northwind Home Ltd", "Fieldfare Messaging Ltd",
                "Søndergaard Connect ApS", "Maisonnette Connectée SAS");
        CSVRecord amazon = rows.get("Amazon UK");
        assertThat(amazon.get("reference")).isEqualTo("CE-2020-001");
        assertThat(amazon.get("issued")).isEqualTo("2020-01-07");
        assertThat(amazon.get("deadline")).isEqualTo("2020-01-17");
        assertThat(amazon.get("status")).isEqualTo("responded");
        assertThat(amazon.get("responded")).isEqualTo("2020-01-15");
        assertThat(amazon.get("days_taken")).isEqualTo("8");
        for (String other : List.of("Northwind Home Ltd", "Fieldfare Messaging Ltd", "Søndergaard Connect ApS",
                "Maisonnette Connectée SAS")) {
            assertThat(rows.get(other).get("status")).as(other).isEqualTo("overdue");
            assertThat(rows.get(other).get("days_overdue")).as(other).isEqualTo("3");
        }
    }

    @Test
    void statusesFollowTheDayAsked() throws Exception {
        respond("CE-2020-001", "--received", "2020-01-15");
        respond("CE-2020-002", "--received", "2020-01-20");
        // before any response: everyone is awaiting, up to and including the deadline
        assertThat(trackerCsv("2020-01-10").values()).extracting(row -> row.get("status")).containsOnly("awaiting");
        assertThat(trackerCsv("2020-01-17").get("Northwind Home Ltd").get("status")).isEqualTo("awaiting");
        assertThat(trackerCsv("2020-01-17").get("Amazon UK").get("status")).isEqualTo("responded");
        Map<String, CSVRecord> day18 = trackerCsv("2020-01-18");
        assertThat(day18.get("Northwind Home Ltd").get("status")).isEqualTo("overdue");
        assertThat(day18.get("Northwind Home Ltd").get("days_overdue")).isEqualTo("1");
        // the late response is known only from the day it came
        Map<String, CSVRecord> day20 = trackerCsv("2020-01-20");
        assertThat(day20.get("Northwind Home Ltd").get("status")).isEqualTo("no response by deadline");
        assertThat(day20.get("Northwind Home Ltd").get("days_taken")).isEqualTo("13");

        Cli.Result table = cli.command("tracker", "--as-of", "2020-01-20");
        assertThat(table.out()).startsWith("As of 20 January 2020:\n")
                .contains("CE-2020-001  Amazon UK                  2020-01-07  2020-01-17  responded 15 January 2020 (8"
                        + " days)")
                .contains("no response by deadline (responded 20 January 2020, after 13 days)")
                .contains("overdue by 3 days");
    }

    @Test
    void aWithdrawalAndACorrectionAreNewRows() throws Exception {
        respond("CE-2020-001", "--received", "2020-01-15", "--summary", "Wrongly filed");
        Cli.Result withdrawn = respond("CE-2020-001", "--withdrawn");
        assertThat(withdrawn.code()).as(withdrawn.err()).isZero();
        assertThat(withdrawn.out()).startsWith("recorded: withdrawal of the response to CE-2020-001 (Amazon UK)");
        assertThat(trackerCsv("2020-01-20").get("Amazon UK").get("status")).isEqualTo("overdue");

        respond("CE-2020-001", "--received", "2020-01-16");
        Cli.Result corrected = respond("CE-2020-001", "--correction", "--received", "2020-01-14", "--summary", "Date");
        assertThat(corrected.code()).as(corrected.err()).isZero();
        CSVRecord amazon = trackerCsv("2020-01-20").get("Amazon UK");
        assertThat(amazon.get("responded")).isEqualTo("2020-01-14");
        assertThat(amazon.get("days_taken")).isEqualTo("7");

        assertThat(cli.command("archive", "show", "CE-2020-001").out())
                .contains("#1 response, received 2020-01-15: Wrongly filed")
                .contains("#2 withdrawal of #1")
                .contains("#3 response, received 2020-01-16")
                .contains("#4 correction of #3, received 2020-01-14: Date");
        assertThat(cli.command("archive", "verify").out()).startsWith("intact: 5 letters, 4 responses");
    }

    @Test
    void aResponseFileIsCopiedIntoTheArchiveFolderAndHashed() throws Exception {
        Path reply = dir.resolve("Reply from Amazon.PDF");
        Files.writeString(reply, "We have received your letter.");
        Cli.Result r = respond("CE-2020-001", "--received", "2020-01-15", "--file", reply.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path copy = cli.out().resolve("responses/CE-2020-001/1-reply-from-amazon.pdf");
        assertThat(copy).hasContent("We have received your letter.");
        assertThat(r.out()).contains("file: " + copy + " (sha256 " + Sha256.ofFile(reply) + ")");
        assertThat(cli.command("archive", "verify").code()).isZero();

        Files.writeString(copy, "We never got a letter.");
        Cli.Result verify = cli.command("archive", "verify");
        assertThat(verify.code()).isEqualTo(3);
        assertThat(verify.out()).contains("mismatch: CE-2020-001 responses/CE-2020-001/1-reply-from-amazon.pdf: file"
                + " changed (expected sha256 " + Sha256.ofFile(reply));
    }

    @Test
    void mistakesAreBadInputAndRecordNothing() {
        Cli.Result unknown = respond("CE-2020-042", "--received", "2020-01-15");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: no letter CE-2020-042 in the archive");
        Cli.Result early = respond("CE-2020-001", "--received", "2020-01-06");
        assertThat(early.code()).isEqualTo(2);
        assertThat(early.err()).contains("cannot be received on 2020-01-06, before the letter's date 2020-01-07");
        assertThat(respond("CE-2020-001").err()).contains("missing --received DATE");
        assertThat(respond("CE-2020-001", "--withdrawn").err()).contains("CE-2020-001 has no response to withdraw");
        assertThat(respond("CE-2020-001", "--received", "2020-01-32").code()).isEqualTo(2);
        assertThat(cli.command("archive", "verify").out()).startsWith("intact: 5 letters, 0 responses");
    }

    @Test
    void trackerXlsxReadsBack() throws Exception {
        respond("CE-2020-001", "--received", "2020-01-15");
        Cli.Result r = cli.command("tracker", "--as-of", "2020-01-20", "--format", "xlsx", "--campaign",
                "cloud-extraction-2020");
        assertThat(r.code()).as(r.err()).isZero();
        Path xlsx = cli.out().resolve("tracker-cloud-extraction-2020.xlsx");
        assertThat(r.out()).isEqualTo("written: " + xlsx + "\n");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            XSSFSheet sheet = book.getSheet("Responses");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("reference");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("status");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row amazon = sheet.getRow(1);
            assertThat(amazon.getCell(2).getStringCellValue()).isEqualTo("Amazon UK");
            assertThat(amazon.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2020-01-07");
            assertThat(amazon.getCell(5).getStringCellValue()).isEqualTo("responded");
            assertThat(amazon.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amazon.getCell(7).getNumericCellValue()).isEqualTo(8.0);
            Row northwind = sheet.getRow(2);
            assertThat(northwind.getCell(5).getStringCellValue()).isEqualTo("overdue");
            assertThat(northwind.getCell(8).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void trackerPdfIsThePublishableResponsesPage() {
        respond("CE-2020-001", "--received", "2020-01-15");
        Path pdf = dir.resolve("responses.pdf");
        Cli.Result r = cli.command("tracker", "--as-of", "2020-01-20", "--format", "pdf", "--to", pdf.toString(),
                "--templates", cli.root.resolve("templates").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = PdfText.flat(PdfText.extract(pdf));
        assertThat(text).contains("Company responses", "as of 20 January 2020", "Cloud analytics", "CE-2020-001",
                "Amazon UK", "7 January 2020", "17 January 2020", "responded 15 January 2020 (8 days)",
                "Northwind Home Ltd", "overdue by 3 days", "Søndergaard");
    }

    @Test
    void anUnknownCampaignIsBadInput() {
        Cli.Result r = cli.command("tracker", "--campaign", "no-such-campaign");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: no letters of campaign 'no-such-campaign'");
    }
}
