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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Recording a response in Chromium, with the keyboard: the date picked in a date field, the success
 * said at the top and focused, the letter's first response numbered 1, the uploaded file's own name
 * kept; a refused form's errors at the top and focused; a date written as in Britain accepted.
 */
class ResponsesBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aResponseRecordedWithTheKeyboard() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path reply = dir.resolve("reply from Northwind.pdf");
        Files.writeString(reply, "%PDF-1.4 the company's reply");
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

            // refused: no date; the errors are at the top of the page and take the focus
            driver.get(base + "/archive/CE-2020-002");
            FollowUpBrowserTest.tabTo(driver, e -> "record".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("form-errors")).size() > 0);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("form-errors");
            assertThat(driver.findElement(By.id("form-errors")).getText()).contains("Nothing was recorded",
                    "the date the response was received is missing");
            assertThat(driver.findElement(By.id("form-errors")).getLocation().getY()).isLessThan(driver.findElement(
                    By.id("record-title")).getLocation().getY());
            PageWidths.check(browser, "51-response-refused");

            // recorded: the day typed into the date field, a summary, the file; Enter on Record
            driver.get(base + "/archive/CE-2020-002");
            FollowUpBrowserTest.tabTo(driver, e -> "received".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(FollowUpBrowserTest.typed(driver, LocalDate.of(2020, 1, 16))).perform();
            assertThat(driver.findElement(By.id("received")).getAttribute("value")).isEqualTo("2020-01-16");
            FollowUpBrowserTest.tabTo(driver, e -> "summary".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys("Northwind says it keeps no voice data").perform();
            driver.findElement(By.id("file")).sendKeys(reply.toAbsolutePath().toString());
            FollowUpBrowserTest.tabTo(driver, e -> "record".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("recorded")).size() > 0);
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("recorded");
            assertThat(driver.findElement(By.id("recorded")).getText()).isEqualTo(
                    "The response was recorded: it is #1 below.");
            String row = driver.findElement(By.cssSelector("#responses tbody tr")).getText();
            assertThat(row).startsWith("1 response 16 January 2020 Northwind says it keeps no voice data")
                    .containsIgnoringCase("reply-from-northwind.pdf");
            PageWidths.check(browser, "52-response-recorded");
        }
    }

    @Test
    void aDateWrittenAsInBritainIsAccepted() {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            var answer = web.post("/archive/CE-2020-003/responses", Map.of("_csrf", web.csrf(), "kind", "response",
                    "received", "16/01/2020", "summary", "written by hand"));
            assertThat(answer.statusCode()).isEqualTo(303);
            assertThat(web.get("/archive/CE-2020-003").body()).contains("16 January 2020", "written by hand");
            var refused = web.post("/archive/CE-2020-003/responses", Map.of("_csrf", web.csrf(), "kind", "response",
                    "received", "31/02/2020"));
            assertThat(refused.body()).contains("The date received, &#39;31/02/2020&#39;, is not a date: pick it in the"
                    + " calendar, or write it as 16/01/2020 or 2020-01-16");
        }
    }
}
