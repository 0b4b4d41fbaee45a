package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.archive.rules.TrackerStatus;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language of statuses and dates (issue 24, item 8): a letter answered after its deadline is "no
 * response by deadline" on the campaign page, the tracker's table and chart, and in the CSV, XLSX and PDF
 * exports, each word from the message bundle; the pages write dates as people write them ("7 January
 * 2020", a moment with its time in the officer's zone), never "2020-01-07" or "2026-12-05T06:16:25.291Z".
 */
class OneLanguageTest {

    private static final String LATE = "no response by deadline";

    @TempDir
    Path dir;

    @Test
    void aLateResponseIsCalledTheSameEverywhereAndDatesAreWrittenAsPeopleWriteThem() throws IOException {
        assertThat(Words.status(TrackerStatus.NO_RESPONSE_BY_DEADLINE)).isEqualTo(LATE);
        assertThat(Words.status("late")).isEqualTo(LATE);
        // the pages' word for each status (the bundle's) is the one the CSV and XLSX exports write
        for (TrackerStatus status : TrackerStatus.values()) {
            assertThat(Words.status(status)).as(status.name()).isEqualTo(status.key());
        }
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            WorkbenchHttpTest.issueAll(web);
            // the deadline is 17 January 2020: answered a week after it
            HttpResponse<String> recorded = web.postMultipart("/archive/CE-2020-003/responses", Map.of("_csrf", web
                    .csrf(), "kind", "response", "received", "2020-01-24", "summary", "Fieldfare answers late"), null,
                    null);
            assertThat(recorded.statusCode()).isEqualTo(303);

            String campaign = main(web.get("/").body());
            assertThat(campaign).contains("<span class=\"count-label\">" + LATE + "</span>", "<option value=\"late\">"
                    + LATE + "</option>", LATE + " (responded 24 January 2020").doesNotContain(">late<");
            String tracker = main(web.get("/tracker").body());
            assertThat(tracker).contains("chart-label\">" + LATE + "</span>", LATE + " (responded 24 January 2020",
                    "7 January 2020", "17 January 2020").doesNotContainPattern("\\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\\b");

            String csv = new String(web.getBytes("/tracker/export.csv").body(), StandardCharsets.UTF_8);
            assertThat(csv).contains(LATE);
            assertThat(xlsxCells(web.getBytes("/tracker/export.xlsx").body())).anyMatch(c -> c.startsWith(LATE));
            // the PDF's table wraps the company's name beside the status: its words are read line by line
            assertThat(PdfText.flat(PdfText.extract(web.getBytes("/tracker/export.pdf").body()))).containsPattern(
                    "no response by (\\S+ )?deadline \\(responded 24 January 2020").doesNotContain(" late ");

            String letter = main(web.get("/archive/CE-2020-003").body());
            assertThat(letter).contains("<dd>7 January 2020</dd>", "<dd>17 January 2020</dd>", "24 January 2020")
                    .doesNotContainPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:")
                    .containsPattern("<dt>Issued at</dt><dd>[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}, [0-9]{2}:[0-9]{2} "
                            + "[A-Za-z+0-9:-]+</dd>");
        }
        // a moment in the officer's zone, as people write it
        assertThat(new Words(ZoneId.of("Europe/Paris")).moment("2026-12-05T06:16:25.291Z")).isEqualTo(
                "5 December 2026, 07:16 CET");
        assertThat(new Words(ZoneId.of("UTC")).moment("2020-01-14T10:15:02Z")).isEqualTo("14 January 2020, 10:15 UTC");
        assertThat(new Words(ZoneId.of("UTC")).moment("not a date")).isEqualTo("not a date");
    }

    /** The page's own part, without the navigation. */
    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private static List<String> xlsxCells(byte[] bytes) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
        }
        return cells;
    }
}
