package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24, item 9: the campaign, tracker, archive and warnings pages of a campaign of 250 recipients, a
 * hundred rows at a time, filtered on the server with the keyboard alone; each page's links keep the filter;
 * axe-core content, and no page wider than a phone, at 1280 and 390 px.
 */
class LargeListsBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void anOfficerFiltersAndPagesLongListsWithTheKeyboard() throws Exception {
        try (Workbench workbench = Workbench.start(LargeCampaignPagesTest.seeded(dir, 250), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

            driver.get(base + "/");
            assertThat(driver.findElement(By.id("recipients-shown")).getText()).isEqualTo("1–100 of 250");
            PageWidths.check(browser, "96-campaign-paged");
            // the status, chosen with the keyboard: Tab to the list, arrows to "responded", Tab to Show, Enter
            FollowUpBrowserTest.tabTo(driver, e -> "status-filter".equals(e.getAttribute("id")));
            while (!driver.findElement(By.id("status-filter")).getAttribute("value").equals("responded")) {
                new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            }
            FollowUpBrowserTest.tabTo(driver, e -> "filter-apply".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.getCurrentUrl().contains("status=responded"));
            assertThat(driver.findElement(By.id("recipients-shown")).getText()).isEqualTo("1–25 of 25 matching");
            assertThat(driver.findElements(By.cssSelector("#recipients tbody tr"))).hasSize(25).allSatisfy(
                    row -> assertThat(row.getAttribute("data-status")).isEqualTo("responded"));
            // the counts stay the whole campaign's
            assertThat(driver.findElement(By.cssSelector(".count.status-responded .count-n")).getText())
                    .isEqualTo("25");
            assertThat(driver.findElement(By.cssSelector(".count.status-overdue .count-n")).getText()).isEqualTo("225");

            driver.get(base + "/tracker?status=overdue");
            assertThat(driver.findElement(By.id("tracker-shown")).getText()).isEqualTo("1–100 of 225 matching");
            // the next page, by the keyboard: the filter goes with it
            FollowUpBrowserTest.tabTo(driver, e -> "page-next".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.getCurrentUrl().contains("page=2"));
            assertThat(driver.getCurrentUrl()).contains("status=overdue");
            assertThat(driver.findElement(By.id("tracker-shown")).getText()).isEqualTo("101–200 of 225 matching");
            // what a screen reader says of the current page's link
            assertThat(driver.findElement(By.cssSelector(".pager [aria-current=page]")).getAttribute("textContent"))
                    .isEqualTo("Page 2");
            PageWidths.check(browser, "97-tracker-paged");

            driver.get(base + "/archive?page=3");
            String last = driver.findElement(By.cssSelector("#archive-letters tbody tr:last-child a")).getText();
            FollowUpBrowserTest.tabTo(driver, e -> "filter".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(last, Keys.ENTER).perform();
            wait.until(d -> d.getCurrentUrl().contains("q=" + last));
            assertThat(driver.findElement(By.id("archive-shown")).getText()).isEqualTo("1–1 of 1 matching");
            assertThat(driver.findElement(By.id("archive-letters")).getText()).contains(last);
            PageWidths.check(browser, "98-archive-searched");

            driver.get(base + "/");
            FollowUpBrowserTest.tabTo(driver, e -> "all-warnings".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("warnings-shown")).size() > 0);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Warnings");
            PageWidths.check(browser, "99-warnings");
        }
    }
}
