package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The next step, always, with the keyboard alone: the campaign page's counts lead to what to do about
 * them (Issue, Follow up, Publish); when issuing ends the focus goes to its outcome, which says what
 * comes next (send, with the briefing) and lists the letters to print and post.
 */
class NextStepBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void fromToIssueToFollowUpAndPublish() {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));

            driver.get(base + "/");
            assertThat(driver.findElement(By.id("next-to-issue")).getText().replace('\n', ' '))
                    .isEqualTo("5 to issue → Issue");
            assertThat(driver.findElements(By.id("next-publish"))).isEmpty();
            PageWidths.check(browser, "61-campaign-to-issue");
            FollowUpBrowserTest.tabTo(driver, e -> "next-to-issue".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("issue-all")).size() > 0);

            // the bundled letters are dated 2020: the officer says, with the keyboard too, that they know
            FollowUpBrowserTest.tabTo(driver, e -> "confirm_dates".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            FollowUpBrowserTest.tabTo(driver, e -> "issue-all".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElement(By.id("progress")).getText().contains("Done:"));
            // the focus follows the run's end to what it says
            wait.until(d -> "job-state".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(driver.findElement(By.id("job-next")).getText()).isEqualTo(
                    "Next: send the e-mails with the research briefing.");
            assertThat(driver.findElement(By.id("post-only")).getText()).contains("To print and post",
                    "Søndergaard Connect ApS", "-sondergaard-connect-aps.pdf");
            PageWidths.check(browser, "62-issued-next-send");
            assertThat(driver.findElement(By.linkText("the research briefing")).getAttribute("href")).endsWith(
                    "/briefing.pdf");
            assertThat(new WebClient(workbench.port()).get("/briefing.pdf").headers().firstValue("Content-Type"))
                    .hasValue("application/pdf");

            // every deadline of 2020 has passed: follow up, and publish
            driver.findElement(By.linkText("Campaign")).click();
            wait.until(d -> d.findElements(By.id("next-overdue")).size() > 0);
            assertThat(driver.findElement(By.id("next-overdue")).getText().replace('\n', ' '))
                    .isEqualTo("5 overdue → Follow up");
            assertThat(driver.findElement(By.id("next-publish")).getText().replace('\n', ' '))
                    .isEqualTo("5 issued → Publish");
            PageWidths.check(browser, "63-campaign-next-steps");
            FollowUpBrowserTest.tabTo(driver, e -> "next-overdue".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("follow-up-day")).size() > 0);
        }
    }
}
