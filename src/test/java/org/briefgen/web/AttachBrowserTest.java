package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Replies to attach, in Chromium with the keyboard alone: the inbox is read from the tracker, a message that
 * names no letter is recorded as Amazon UK's response, a held one that named the wrong letter as
 * Fieldfare's; the letter's page shows the response and its deliveries. Every page at 1280 and 390 px.
 */
class AttachBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void anOfficerAttachesRepliesToTheirLettersWithTheKeyboard() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Files.writeString(inbox.resolve("u.eml"), AttachRepliesTest.message("Legal Team <legal@amazon-legal.example>",
                "Your letter about Alexa", "unmatched-1"));
        Files.writeString(inbox.resolve("h.eml"), AttachRepliesTest.message(
                "Fieldfare DPO <dpo@fieldfare-mail.example>", "Re: CE-2020-002 our answer", "held-1"));
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock
                .systemUTC())) {
            archive.deliver(List.of(new DeliveryEvent("CE-2020-001", "eu-privacy@amazon.co.uk", DeliveryKind.SENT,
                    "<m1@privacyinternational.org>", 1, "2020-01-07T09:30:00Z", "250 2.0.0 Ok: queued as 4BX")),
                    false);
        }
        try (Workbench workbench = Workbench.start(WorkbenchMailTest.settings(root, null, name -> null),
                "127.0.0.1", 0); Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

            driver.get(base + "/tracker");
            FollowUpBrowserTest.tabTo(driver, e -> "read-inbox".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("inbox-result")).size() > 0);
            assertThat(driver.findElement(By.id("inbox-result")).getText()).contains("1 unmatched", "1 for review");
            PageWidths.check(browser, "71-inbox-to-attach");

            FollowUpBrowserTest.tabTo(driver, e -> "attach-letter-1".equals(e.getAttribute("id")));
            // the choices are asked of the server as the officer types: part of a company's name finds its letter
            assertThat(driver.findElements(By.cssSelector("#letter-choices option"))).hasSize(5);
            new Actions(driver).sendKeys("northw").perform();
            wait.until(d -> d.findElements(By.cssSelector("#letter-choices option")).size() == 1);
            assertThat(driver.findElement(By.cssSelector("#letter-choices option")).getAttribute("value")).isEqualTo(
                    "CE-2020-002 (Northwind Home Ltd)");
            new Actions(driver).sendKeys(Keys.BACK_SPACE.toString().repeat("northw".length())).sendKeys("CE-2020-001")
                    .sendKeys(Keys.TAB).perform();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("attach-1");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElements(By.id("recorded")).size() > 0);
            assertThat(driver.findElement(By.id("recorded")).getText()).contains("The response was recorded");
            assertThat(driver.findElement(By.id("responses")).getText()).contains("Your letter about Alexa",
                    "14 January 2020");
            assertThat(driver.findElement(By.id("deliveries")).getText()).contains("eu-privacy@amazon.co.uk",
                    "sent", "250 2.0.0 Ok: queued as 4BX", "7 January 2020, ");
            PageWidths.check(browser, "72-attached-with-deliveries");

            driver.get(base + "/review");
            PageWidths.check(browser, "73-review-to-attach");
            FollowUpBrowserTest.tabTo(driver, e -> String.valueOf(e.getAttribute("id")).startsWith("attach-letter-"));
            new Actions(driver).sendKeys("CE-2020-003").sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.getCurrentUrl().contains("/archive/CE-2020-003"));
            wait.until(d -> d.findElements(By.id("recorded")).size() > 0);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Fieldfare");
            assertThat(driver.findElement(By.id("no-deliveries")).getText()).contains("No delivery recorded");

            driver.get(base + "/review");
            assertThat(driver.findElement(By.id("review-decided")).getText()).contains(
                    "recorded as the response to CE-2020-003", "recorded as the response to CE-2020-001");
            PageWidths.check(browser, "74-review-decided");
        }
    }
}
