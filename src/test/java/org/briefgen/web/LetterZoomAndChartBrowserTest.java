package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24, item 9 (the rest): a letter's page images as wide as a phone's screen, enlarged and shrunk again
 * with the keyboard alone (the enlarged page scrolls in its own box, never the page); the tracker chart's
 * words at their full size at 390 px; and the pages no other browser test looks at at both widths (a letter's
 * preview, a follow-up's, the problems, the approvals, the page of an unknown address), each checked with
 * axe-core and saved as pictures. Every wait is for an element or a state, never a pause.
 */
class LetterZoomAndChartBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    private static void phone(Browser browser, boolean on) {
        if (on) {
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PageWidths.PHONE,
                    "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } else {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static long number(WebDriver driver, String script, Object... args) {
        return Math.round(((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args))
                .doubleValue());
    }

    @Test
    void aLettersPagesFillAPhoneAndEnlargeWithTheKeyboard() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            driver.get(base + "/letters/amazon-uk");
            wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "var i = document.querySelector('figure.page img'); return i.complete && i.naturalWidth > 0"));
            PageWidths.check(browser, "101-letter-pages");

            phone(browser, true);
            WebElement image = driver.findElement(By.cssSelector("#page-1 img"));
            long screen = number(driver, "return document.documentElement.clientWidth");
            // full width: the page image takes the screen's width but for the page's margins
            assertThat(image.getRect().getWidth()).as("the page image at 390 px").isGreaterThanOrEqualTo(
                    (int) screen - 40);

            driver.findElement(By.tagName("h1")).click();
            FollowUpBrowserTest.tabTo(driver, e -> e.getText().startsWith("Enlarge") && "BUTTON".equalsIgnoreCase(e
                    .getTagName()) && e.findElement(By.xpath("ancestor::figure")).getAttribute("id").equals(
                            "page-1"));
            WebElement enlarge = driver.switchTo().activeElement();
            assertThat(enlarge.getAttribute("aria-pressed")).isEqualTo("false");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElement(By.id("page-1")).getAttribute("class").contains("zoomed"));
            // the enlarged page has the focus (the arrows scroll it), twice the width, in a box of its own
            WebElement box = driver.findElement(By.cssSelector("#page-1 .page-box"));
            assertThat(driver.switchTo().activeElement()).isEqualTo(box);
            assertThat(image.getRect().getWidth()).isGreaterThanOrEqualTo(2 * ((int) screen - 40) - 2);
            assertThat(number(driver, "return document.documentElement.scrollWidth")).as("the page itself")
                    .isLessThanOrEqualTo(screen);
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
            wait.until(d -> number(d, "return arguments[0].scrollLeft", box) > 0);
            assertThat(enlarge.getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(enlarge.getText()).startsWith("Shrink");
            browser.accessible("a letter's page enlarged at 390 px");
            browser.screenshot("102-letter-page-enlarged-390");
            // Escape shrinks it and gives the focus back to its button
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> !d.findElement(By.id("page-1")).getAttribute("class").contains("zoomed"));
            assertThat(driver.switchTo().activeElement()).isEqualTo(enlarge);
            assertThat(enlarge.getAttribute("aria-pressed")).isEqualTo("false");
            phone(browser, false);

            // the tracker's chart: its words at full size on a phone, inside the screen
            driver.get(base + "/tracker");
            wait.until(d -> !d.findElements(By.cssSelector("#chart .chart-label")).isEmpty());
            phone(browser, true);
            for (WebElement label : driver.findElements(By.cssSelector("#chart .chart-label, #chart .chart-count"))) {
                assertThat(number(driver, "return parseFloat(getComputedStyle(arguments[0]).fontSize)", label)).as(
                        label.getText()).isGreaterThanOrEqualTo(14);
                assertThat(label.getRect().getX() + label.getRect().getWidth()).as(label.getText())
                        .isLessThanOrEqualTo((int) number(driver, "return document.documentElement.clientWidth"));
            }
            assertThat(driver.findElement(By.id("chart")).getText()).contains("responded", "1");
            phone(browser, false);
            PageWidths.check(browser, "103-tracker-chart");

            // the pages no other test looks at at both widths
            for (String[] page : new String[][] {{"/follow-ups/letters/CE-2020-002?date=2020-02-01",
                    "104-follow-up-preview"}, {"/problems", "105-problems"}, {"/approve", "106-approve"},
                    {
                            "/no-such-page", "107-not-found"}}) {
                driver.get(base + page[0]);
                wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty()
                        && (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return Array.from(document.images).every(i => i.complete)"));
                PageWidths.check(browser, page[1]);
            }
            // no problem at all is said as none, not as a search that found nothing
            driver.get(base + "/problems");
            assertThat(driver.findElement(By.id("problems-shown")).getText()).isEqualTo("None");
            driver.get(base + "/problems?q=nothing-like-this");
            assertThat(driver.findElement(By.id("problems-shown")).getText()).isEqualTo("No problem matches");
            driver.get(base + "/issue?status=responded");
            wait.until(d -> !d.findElements(By.id("issue-recipients")).isEmpty());
            assertThat(driver.findElement(By.id("issue-recipients-shown")).getText()).contains("1–1 of 1 matching");
            assertThat(driver.findElement(By.id("to-issue-count")).getText()).startsWith(
                    "0 of 5 to issue in the whole campaign");
            PageWidths.check(browser, "108-issue-filtered");
        }
    }
}
