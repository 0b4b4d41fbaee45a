package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.demo.DemoCampaign;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24, item 9: a campaign of 20,000 recipients, every letter issued and every tenth answered; its
 * campaign, tracker and archive pages are read a page at a time, each under 300 KB, with the counts of the
 * whole campaign on every page; after a change to the archive only the change is read (the letters kept).
 * How long each page takes is printed, not asserted (bench/scale.sh measures it). The archive is seeded through its own API with one small file per letter, rather than
 * typesetting 20,000 PDFs (which takes half an hour here).
 */
class LargeCampaignPagesTest {

    private static final int RECIPIENTS = 20_000;
    private static final int MOST_BYTES = 300 * 1024;
    /** The chart's counts, the whole campaign's on every page: 2,000 responded, 18,000 overdue. */
    private static final String CHART_COUNTS = "(?s)chart-label\">responded</span>.*?chart-count\">2000</span>.*?"
            + "chart-label\">overdue</span>.*?chart-count\">18000</span>";

    @TempDir
    static Path dir;

    private static Workbench workbench;
    private static WebClient web;
    private static Workbench.Settings settings;

    @BeforeAll
    static void campaignOfTwentyThousand() throws IOException {
        settings = seeded(dir, RECIPIENTS);
        workbench = Workbench.start(settings, "127.0.0.1", 0);
        web = new WebClient(workbench.port());
        // the first request loads the campaign and starts making its 20,000 letters in memory (to list problems)
        assertThat(web.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theCampaignPageDoesNotWaitForItsTwentyThousandLettersToBeCheckedButFollowsTheCheck() throws Exception {
        Browser.requireChromium();
        // a fresh server of its own: the check of its letters starts with the first page
        try (Workbench fresh = Workbench.start(settings, "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("checking-profile"))) {
            WebClient client = new WebClient(fresh.port());
            String home = client.get("/").body();
            if (home.contains("id=\"progress\"")) {
                assertThat(home).contains("data-src=\"/problems/progress\"", "Checking every letter for problems: ",
                        " of 20000 made so far.").doesNotContain("problems-none");
            }
            WebDriver driver = browser.driver;
            driver.get("http://127.0.0.1:" + fresh.port() + "/");
            if (!driver.findElements(By.id("problems-checking")).isEmpty()) {
                PageWidths.check(browser, "95-campaign-checking");
            }
            // the page follows the check, and says when every letter has been checked, without taking the focus
            new WebDriverWait(driver, Duration.ofSeconds(300)).until(d -> !d.findElements(By.id("problems-none"))
                    .isEmpty());
            assertThat(driver.findElement(By.id("problems-none")).getText()).isEqualTo(
                    "Every letter checked: each can be made.");
            assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("body");
            String fragment = client.get("/problems/progress").body();
            assertThat(fragment).contains("data-finished=\"true\"", "Every letter checked: each can be made.");
            // checked, the campaign page has its answer as it opens
            assertThat(client.get("/").body()).doesNotContain("id=\"progress\"", "problems-checking");
        }
    }

    @Test
    void theIssuePageWaitsForTheCheckOfTwentyThousandLettersWithIssuingDisabledThenOffersIt() throws Exception {
        Browser.requireChromium();
        try (Workbench fresh = Workbench.start(settings, "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("issue-profile"))) {
            WebDriver driver = browser.driver;
            driver.get("http://127.0.0.1:" + fresh.port() + "/issue");
            // the page's state read in one go: the fragment it follows is replaced every second, so an element
            // found, then read, may be gone in between (a StaleElementReference, seen once in mvn verify)
            List<?> checking = issueState(driver);
            if (checking.get(0) != null) {
                assertThat((String) checking.get(0)).startsWith("Issuing waits for every letter to be checked: ");
                assertThat(checking.get(1)).isEqualTo(false);
                assertThat(checking.get(2)).isEqualTo("problems-checking");
                PageWidths.check(browser, "95-issue-checking");
            }
            // checked, every letter can be made: issuing is offered, with nothing said against it
            new WebDriverWait(driver, Duration.ofSeconds(300)).until(d -> Boolean.TRUE.equals(issueState(d).get(1)));
            List<?> checked = issueState(driver);
            assertThat(checked.get(3)).isEqualTo(true);
            assertThat(checked.get(2)).isNull();
            assertThat(driver.findElements(By.id("cannot-issue"))).isEmpty();
        }
    }

    /**
     * The issue page as it stands, read in one script: the "checking" text (null when gone), whether "Issue all
     * letters" is enabled, what it is described by, and whether "Issue selected" is enabled.
     */
    private static List<?> issueState(WebDriver driver) {
        return (List<?>) ((JavascriptExecutor) driver)
                .executeScript("var c = document.getElementById('problems-checking');"
                        + " var all = document.getElementById('issue-all'); var some = document.getElementById('issue-selected');"
                        + " return [c ? c.innerText.trim() : null, !all.disabled, all.getAttribute('aria-describedby'),"
                        + " !some.disabled];");
    }

    /**
     * A demo campaign of {@code recipients} in {@code dir}, every letter issued (one small text file each) and
     * every tenth answered; the workbench's settings for it.
     */
    static Workbench.Settings seeded(Path dir, int recipients) throws IOException {
        Path data = dir.resolve("data");
        DemoCampaign.write(data, recipients);
        CampaignData campaign = new CampaignLoader(LocalDate.of(2020, 1, 1)).load(data);
        Path out = dir.resolve("out");
        ArchiveLocation location = ArchiveLocation.of(null, out);
        try (Archive archive = Archives.open(location, Clock.systemUTC())) {
            Merger merger = new Merger(campaign);
            List<LetterIssue> issues = new ArrayList<>();
            for (Recipient r : campaign.recipients()) {
                issues.add(new TextLetter(campaign.campaign().id(), merger, r, null, out));
            }
            archive.issue(issues);
            List<IssuedLetter> letters = archive.letters();
            for (int i = 0; i < letters.size(); i += 10) {
                archive.respond(new ResponseRequest(letters.get(i).reference(), ResponseKind.RESPONSE, LocalDate.of(
                        2020, 1, 12), "Company " + i + " answered.", null));
            }
        }
        return new Workbench.Settings(data, Path.of("templates"), out, location, false, "officer-on-this-machine");
    }

    @AfterAll
    static void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void theCampaignPageShowsAHundredRecipientsWithTheWholeCampaignsCounts() {
        String first = small("/");
        assertThat(first).contains("<dd>20000</dd>", "1–100 of 20000", "/?page=2", "/?page=200");
        assertThat(rows(first, "<tr data-status=")).isEqualTo(100);
        // every tenth answered: the counts are the whole campaign's
        assertThat(first).containsPattern("count-n\">2000</span> <span class=\"count-label\">responded");

        String last = small("/?page=200");
        assertThat(last).contains("19901–20000 of 20000")
                .contains("aria-current=\"page\"><span class=\"visually-hidden\">Page </span>200<");
        String responded = small("/?status=responded&page=3");
        assertThat(responded).contains("201–300 of 2000 matching", "/?page=4&amp;status=responded",
                "count-n\">2000</span> <span class=\"count-label\">responded", "<dd>20000</dd>");
        assertThat(rows(responded, "<tr data-status=\"responded\"")).isEqualTo(100);
        assertThat(rows(responded, "<tr data-status=")).isEqualTo(100);
    }

    @Test
    void everyWarningIsAPageAwayAndTheCampaignPageShowsTheFirst() {
        String home = small("/");
        assertThat(home).containsPattern("All [0-9]{4} warnings");
        assertThat(rows(home.substring(home.indexOf("warnings-title")), "<li><code>")).isEqualTo(CampaignPages.FIRST);
        String handles = small("/warnings?q=no+handle&page=2");
        assertThat(handles).contains("101–200 of ", " matching", "/warnings?page=3&amp;q=no+handle");
        assertThat(rows(handles, "has no handle")).isEqualTo(100);
    }

    @Test
    void theTrackerAndTheArchiveArePagedAndSearchedOnTheServer() {
        String tracker = small("/tracker");
        assertThat(tracker).contains("1–100 of 20000", "/tracker?page=200").containsPattern(CHART_COUNTS);
        assertThat(rows(tracker, "<td data-label=\"Reference\">")).isEqualTo(100);
        String overdue = small("/tracker?status=overdue&page=180");
        assertThat(overdue).contains("17901–18000 of 18000 matching", "/tracker?page=179&amp;status=overdue")
                .containsPattern(CHART_COUNTS);
        assertThat(rows(overdue, "status-overdue\">")).isEqualTo(100);

        String archive = small("/archive");
        assertThat(archive).contains("20000 in the archive", "1–100 of 20000", "/archive?page=200");
        assertThat(rows(archive, "<td data-label=\"Reference\">")).isEqualTo(100);
        // one reference searched for: that letter alone, its response counted
        String reference = archive.replaceFirst("(?s).*?<td data-label=\"Reference\"><a href=\"/archive/([^\"]+)\".*",
                "$1");
        String found = small("/archive?q=" + reference);
        assertThat(found).contains("1–1 of 1 matching", "value=\"" + reference + "\"");
        assertThat(rows(found, "<td data-label=\"Reference\">")).isEqualTo(1);
    }

    @Test
    void theIssuePageShowsAHundredRecipientsAndHowManyAreLeftToIssue() {
        String first = small("/issue");
        assertThat(first).contains("0 of 20000 to issue", "1–100 of 20000", "/issue?page=2", "/issue?page=200");
        assertThat(rows(first, "name=\"recipient\"")).isEqualTo(100);
        String responded = small("/issue?status=responded&page=2");
        assertThat(responded).contains("101–200 of 2000 matching", "/issue?page=3&amp;status=responded",
                "0 of 20000 to issue in the whole campaign");
        assertThat(rows(responded, "name=\"recipient\"")).isEqualTo(100);
        String one = small("/issue?q=-20000");
        assertThat(one).contains("1–1 of 1 matching");
    }

    @Test
    void eachPageIsQuickTheFirstTimeAfterTheArchiveChanged() {
        List<String> answered;
        try (Archive archive = Archives.openExisting(settings.archive(), Clock.systemUTC())) {
            List<IssuedLetter> letters = archive.letters();
            // letters already answered (every tenth): a second response leaves every count the same
            answered = List.of(letters.get(100).reference(), letters.get(200).reference(), letters.get(300)
                    .reference(), letters.get(400).reference(), letters.get(500).reference());
        }
        List<String> paths = List.of("/", "/tracker", "/archive", "/issue", "/archive/" + answered.get(0));
        for (int i = 0; i < paths.size(); i++) {
            ArchiveView before = ArchiveView.read(settings.archive());
            try (Archive archive = Archives.openExisting(settings.archive(), Clock.systemUTC())) {
                archive.respond(new ResponseRequest(answered.get(i), ResponseKind.RESPONSE, LocalDate.of(2020, 1, 13),
                        "Answered again.", null));
            }
            long start = System.nanoTime();
            HttpResponse<String> page = web.get(paths.get(i));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s, first after a change: %d ms%n", paths.get(i), millis);
            assertThat(page.statusCode()).isEqualTo(200);
            // what makes it quick, whatever the machine's load: the 20,000 letters kept, only the change read
            ArchiveView after = ArchiveView.read(settings.archive());
            assertThat(after).as(paths.get(i) + ": the view of the archive as it is now").isNotSameAs(before);
            assertThat(after.letters()).as(paths.get(i) + ": the letters kept, not read again").isSameAs(before
                    .letters());
        }
        assertThat(web.get("/archive/" + answered.get(0)).body()).contains("Answered again.");
    }

    @Test
    void theAttachListOffersAFewLettersAndFindsAnyByWhatWasTyped() {
        assertThat(rows(small("/review/letters"), "<option value=")).isEqualTo(ReviewPages.CHOICES);
        String last = small("/review/letters?q=-20000");
        assertThat(rows(last, "<option value=")).isEqualTo(1);
        assertThat(last).contains("-20000 (");
    }

    /**
     * The page, checked: 200 and under 300 KB; the median of three requests printed (timed, not asserted: a
     * shared machine's load decides a clock's reading; bench/scale.sh measures the pages).
     */
    private static String small(String path) {
        List<Long> millis = new ArrayList<>();
        String body = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = web.get(path);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            body = page.body();
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        long median = millis.stream().sorted().toList().get(1);
        System.out.printf("%s: %,d bytes, %d ms (median of %s)%n", path, bytes, median, millis);
        assertThat(bytes).as(path + ": bytes").isLessThan(MOST_BYTES);
        return body;
    }

    private static int rows(String html, String marker) {
        return html.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
    }
}
