package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Follow-ups page in Chromium, with the keyboard alone: the letters due on a day picked in the
 * date field, one follow-up previewed as page images, the round issued with its progress, and the
 * chain on the letter's page; each page checked by axe-core and saved at 1280 and 390 px.
 */
class FollowUpBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    /** The bundled campaign issued (deadline 17 January 2020), Amazon UK's reply recorded. */
    static Path issuedCampaign(Path dir) {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        ArchiveLocation location = ArchiveLocation.of(null, root.resolve("out"));
        CampaignRun run = Campaigns.installed().run(
                new CampaignLoader(LocalDate.of(2030, 1, 1)).load(root.resolve("data")),
                root.resolve("templates"));
        new CampaignIssuer(run).issue(location, Clock.systemUTC(), new CampaignIssuer.Listener() {
            @Override
            public void issued(WrittenLetter letter, IssuedLetter record) {
            }

            @Override
            public void alreadyIssued(IssuedLetter letter, boolean changed) {
            }
        });
        try (Archive archive = Archives.openExisting(location, Clock.systemUTC())) {
            archive.respond(new ResponseRequest("CE-2020-001", ResponseKind.RESPONSE, LocalDate.of(2020, 1, 15),
                    null, null));
        }
        return root;
    }

    @Test
    void aRoundOfFollowUpsFromPickingTheDayToTheChain() {
        Path root = issuedCampaign(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

            // keyboard alone: the main navigation reaches Follow-ups
            driver.get(base + "/");
            tabTo(driver, e -> "Follow-ups".equals(e.getText()));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("follow-up-day")).size() > 0);
            // today every deadline of 2020 is long past: the four letters without a reply are due
            assertThat(driver.findElement(By.id("round-1-title")).getText()).isEqualTo(
                    "Round 1: 4 letters due a follow-up");

            // the day typed into the date field, as an officer in Britain types it
            tabTo(driver, e -> "date".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(typed(driver, LocalDate.of(2020, 1, 20))).perform();
            assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo("2020-01-20");
            // Enter in the field submits its form (Tab would move between the day, month and year)
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.getCurrentUrl().contains("date=2020-01-20"));
            String due = driver.findElement(By.id("due-1")).getText();
            assertThat(due).contains("CE-2020-002", "Northwind Home Ltd", "17 January 2020 (overdue by 3 days)",
                    "CE-2020-005").doesNotContain("CE-2020-001");
            driver.findElement(By.cssSelector("#round-1 details summary")).click();
            assertThat(driver.findElement(By.cssSelector("#round-1 details")).getText()).contains(
                    "CE-2020-001 Amazon UK: responded 15 January 2020");
            PageWidths.check(browser, "21-follow-ups");

            // one follow-up previewed, reached by Tab and Enter
            tabTo(driver, e -> "Preview the follow-up to Northwind Home Ltd".equals(e.getText()));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            pagesLoaded(driver, wait);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Follow-up to Northwind Home Ltd");
            assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains("CE-2020-002-F1",
                    "20 January 2020");
            PageWidths.check(browser, "22-follow-up-preview");

            // the round issued: Tab to its button, Enter; the progress, then where to go next
            driver.navigate().back();
            wait.until(d -> d.findElements(By.id("issue-round-1")).size() > 0);
            tabTo(driver, e -> "issue-round-1".equals(e.getAttribute("id")));
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo(
                    "Issue round 1: 4 follow-ups dated 20 January 2020");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElement(By.id("progress")).getText().contains("Done:"));
            String progress = driver.findElement(By.id("progress")).getText();
            assertThat(progress).contains("Done: 4 follow-ups of round 1 issued, dated 20 January 2020",
                    "CE-2020-002-F1", "CE-2020-002-F1-northwind-home-ltd.pdf");
            PageWidths.check(browser, "23-follow-ups-issued");

            // the chain on the letter's page
            driver.findElement(By.linkText("CE-2020-002-F1")).click();
            wait.until(d -> d.findElements(By.id("chain")).size() > 0);
            List<String> chain = driver.findElements(By.cssSelector("#chain li")).stream().map(WebElement::getText)
                    .toList();
            assertThat(chain).hasSize(2);
            assertThat(chain.get(0)).startsWith("CE-2020-002: the letter, dated 7 January 2020, overdue by");
            assertThat(chain.get(1)).startsWith("CE-2020-002-F1: follow-up 1, dated 20 January 2020");
            PageWidths.check(browser, "24-letter-with-its-follow-up");

            // the round is done: nothing due in round 1, and round 2 chases the follow-ups
            driver.get(base + "/follow-ups?date=2020-01-20");
            assertThat(driver.findElement(By.id("round-1")).getText()).contains(
                    "No letter is due a round-1 follow-up on 20 January 2020.");
            assertThat(driver.findElement(By.id("round-2-title")).getText()).isEqualTo(
                    "Round 2: 0 letters due a follow-up");
        }
    }

    @Test
    void aDayThatIsNoDateIsSaidAtTheTop() {
        Path root = issuedCampaign(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile-bad"))) {
            browser.driver.get("http://127.0.0.1:" + workbench.port() + "/follow-ups?date=20%2F13%2F2020");
            assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText()).contains(
                    "'20/13/2020' is not a date");
            PageWidths.check(browser, "25-follow-ups-bad-date");
        }
    }

    /** Presses Tab until the focused element is the one wanted (at most 80 times). */
    static void tabTo(WebDriver driver, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(wanted.test(driver.switchTo().activeElement())).as("reached by Tab").isTrue();
    }

    /**
     * The keys that type {@code day} into a date field, in the order the browser's language shows its
     * parts (day, month, year in Britain; month first in the United States).
     */
    static String typed(WebDriver driver, LocalDate day) {
        String order = (String) ((JavascriptExecutor) driver).executeScript("return new Intl.DateTimeFormat("
                + "navigator.language).formatToParts(new Date(2020, 0, 20)).filter(p => p.type !== 'literal')"
                + ".map(p => p.type[0]).join('')");
        StringBuilder keys = new StringBuilder();
        for (char part : order.toCharArray()) {
            keys.append(switch (part) {
                case 'd' -> String.format("%02d", day.getDayOfMonth());
                case 'm' -> String.format("%02d", day.getMonthValue());
                default -> String.valueOf(day.getYear());
            });
        }
        return keys.toString();
    }

    private static void pagesLoaded(WebDriver driver, WebDriverWait wait) {
        wait.until(d -> {
            List<WebElement> images = d.findElements(By.cssSelector(".pages img"));
            return !images.isEmpty() && images.stream().allMatch(img -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
        });
    }
}
