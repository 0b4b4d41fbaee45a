package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Publish page in Chromium, with the keyboard alone: the day picked, the publication previewed
 * (its companies, its index and a company's page, the report's first page), then published into the
 * folder of {@code serve --publish-to}, with links to the result; checked at 1280 and 390 px.
 */
class PublishBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void previewThenPublishIntoTheConfiguredFolder() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path site = dir.resolve("site");
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false).publishingTo(site),
                "127.0.0.1", 0); Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

            driver.get(base + "/");
            FollowUpBrowserTest.tabTo(driver, e -> "Publish".equals(e.getText()));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("publish-day")).size() > 0);

            // the day typed into the date field; Enter shows the preview of that day
            FollowUpBrowserTest.tabTo(driver, e -> "date".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(FollowUpBrowserTest.typed(driver, LocalDate.of(2020, 2, 1)), Keys.ENTER)
                    .perform();
            wait.until(d -> d.getCurrentUrl().contains("date=2020-02-01"));
            assertThat(driver.findElement(By.id("preview-title")).getText()).isEqualTo(
                    "Preview as of 1 February 2020");
            assertThat(driver.findElement(By.id("preview")).getText()).contains(
                    "5 companies: 1 responded, 4 did not respond");
            assertThat(driver.findElement(By.id("preview-companies")).getText()).contains("Amazon UK responded",
                    "Northwind Home Ltd did not respond");
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "var i = document.querySelector('.report-page img'); return i.complete && i.naturalWidth > 0")));
            assertThat(Files.exists(site)).as("a preview publishes nothing").isFalse();
            PageWidths.check(browser, "31-publish-preview");

            // the previewed company page, as readers will see it
            Browser.goesToAnotherPage(driver, wait, () -> driver.findElement(By.id("preview-company")).click());
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Amazon UK"));
            PageWidths.look(browser, "32-publish-preview-company");
            driver.navigate().back();

            // published with the keyboard: Tab to the button, Enter
            wait.until(d -> d.findElements(By.id("publish")).size() > 0);
            FollowUpBrowserTest.tabTo(driver, e -> "publish".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("published")).size() > 0);
            assertThat(driver.findElement(By.id("published")).getText()).contains("Published as of 1 February 2020",
                    site.toAbsolutePath().toString(), "1 responded, 4 did not respond");
            assertThat(site.resolve("index.html")).exists();
            assertThat(site.resolve("report.pdf")).exists();
            PageWidths.check(browser, "33-published");
            Browser.goesToAnotherPage(driver, wait, () -> driver.findElement(By.linkText("the published index"))
                    .click());
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Cloud analytics"));
            assertThat(driver.getCurrentUrl()).endsWith("/publish/site/index.html");
        }
    }

    @Test
    void withoutAFolderThePageOnlyPreviewsAndSaysWhatToStart() {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            String page = web.get("/publish?date=2020-02-01").body();
            assertThat(page).contains("briefgen serve --publish-to DIR").containsPattern(
                    "id=\"publish\" disabled");
            String refused = web.post("/publish", Map.of("_csrf", web.csrf(), "date", "2020-02-01")).body();
            assertThat(refused).contains("Nothing was published: no folder is set for the publication");
        }
    }
}
