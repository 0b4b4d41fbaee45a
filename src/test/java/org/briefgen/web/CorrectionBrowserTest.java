package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * Issue a correction from a letter's record in Chromium, with the keyboard alone: what the letter
 * would say now against what was issued, then the correction under a new reference that supersedes
 * it (as {@code generate --reissue}); checked at 1280 and 390 px.
 */
class CorrectionBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aFindingEditedAfterIssuingIsCorrectedFromTheLettersPage() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path finding = root.resolve("data/findings/amazon-alexa-oxygen.md");
        Files.writeString(finding, Files.readString(finding) + "\n> Investigators can also extract the device's"
                + " shopping lists.\n");
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

            driver.get(base + "/archive/CE-2020-001");
            FollowUpBrowserTest.tabTo(driver, e -> e.getText().startsWith("Issue a correction of CE-2020-001"));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("changes")).size() > 0);
            String changes = driver.findElement(By.id("changes")).getText();
            assertThat(changes).contains("What the correction changes", "shopping lists");
            assertThat(driver.findElements(By.cssSelector("#changes ins"))).isNotEmpty();
            PageWidths.check(browser, "41-correction");

            FollowUpBrowserTest.tabTo(driver, e -> "issue-correction".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("corrected")).size() > 0);
            assertThat(driver.findElement(By.id("corrected")).getText()).contains(
                    "Correction CE-2020-006 issued: it supersedes CE-2020-001.", "CE-2020-006-amazon-uk.pdf",
                    "Next: send the correction's e-mail");
            PageWidths.check(browser, "42-corrected");

            driver.get(base + "/archive/CE-2020-001");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .containsIgnoringCase("superseded by\nCE-2020-006");
            assertThat(driver.findElements(By.id("correct-link"))).isEmpty();
            // a second correction of the same letter is refused, with why and what to do
            driver.get(base + "/archive/CE-2020-001/correction");
            assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains(
                    "CE-2020-001 is corrected already, by CE-2020-006: correct that one instead");
            assertThat(driver.findElement(By.id("issue-correction")).isEnabled()).isFalse();
        }
    }
}
