package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 28 in a real browser: a letter's page shows its e-mail as the company will see it (subject,
 * To with the company's name, the HTML body in its sandboxed frame, the plain text, attachments), a
 * test sent from there reaches the officer's own inbox, and issuing letters dated long ago needs the
 * officer's explicit confirmation. axe-core checks each page; the confirmation is given by keyboard.
 */
class EmailPreviewBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    private Workbench start(Path root) {
        Workbench.Settings settings = WorkbenchMailTest.settings(root, "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(),
                name -> null);
        try (Archive archive = Archives.open(settings.archive(), Clock.systemUTC())) {
            org.briefgen.archive.jdbc.OfficerAddresses.of(archive, Clock.systemUTC()).set("officer-on-this-machine",
                    "ada@privacyinternational.org");
        }
        return Workbench.start(settings, "127.0.0.1", 0);
    }

    @Test
    void theLetterPageShowsItsEmailAndATestSendReachesTheOfficersInbox() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Workbench workbench = start(root); Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));

            driver.get(base + "/letters/amazon-uk");
            wait.until(d -> !d.findElements(By.id("email-subject")).isEmpty());
            assertThat(driver.findElement(By.id("email-subject")).getText()).isEqualTo(
                    "Cloud analytics: Request for response regarding potential misuse of your customer data");
            assertThat(driver.findElement(By.id("email-to")).getText()).isEqualTo(
                    "Amazon UK <eu-privacy@amazon.co.uk>");
            assertThat(driver.findElement(By.id("email-headers")).getText()).contains("Privacy International",
                    "the moment it is handed to the server", "Tue, 7 Jan 2020 09:00:00 +0000");
            assertThat(driver.findElement(By.id("email-attachments")).getText()).containsPattern(
                    "CE-2020-001-amazon-uk\\.pdf \\(application/pdf, [0-9,]+ bytes\\)").contains("briefing.pdf");
            assertThat(driver.findElement(By.id("email-text")).getText()).contains("Dear Sir/Madam",
                    "Amazon");
            WebElement frame = driver.findElement(By.id("email-body"));
            assertThat(frame.getAttribute("sandbox")).isEmpty();
            // the HTML body as a mail program lays it out, inside its frame
            driver.switchTo().frame(frame);
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Dear Sir/Madam"));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Amazon");
            driver.switchTo().defaultContent();
            browser.accessible("letter with its e-mail");
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", driver
                    .findElement(By.id("email-title")));
            browser.screenshot("20-letter-email");

            // a test to the officer's own address, given once with briefgen user email
            assertThat(driver.findElement(By.id("test-address")).getAttribute("value")).isEqualTo(
                    "ada@privacyinternational.org");
            driver.findElement(By.id("send-test")).click();
            wait.until(d -> !d.findElements(By.id("test-result")).isEmpty());
            assertThat(driver.findElement(By.id("test-result")).getText()).contains("went to"
                    + " ada@privacyinternational.org only");
            browser.accessible("test sent");
            browser.screenshot("21-test-sent");
            // to that address only (the envelope's): its headers are the company's e-mail's, the subject marked
            assertThat(inbox("ada@privacyinternational.org")).isEqualTo(1);
            MimeMessage[] received = MAIL.getReceivedMessages();
            assertThat(received[0].getSubject()).startsWith("[TEST] Cloud analytics");
            assertThat(MAIL.getReceivedMessages()).hasSize(1);

            // or one typed in
            driver.findElement(By.linkText("Back to the letter")).click();
            WebElement address = wait.until(d -> d.findElements(By.id("test-address")).stream().findFirst().orElse(
                    null));
            address.clear();
            address.sendKeys("bob@example.org");
            driver.findElement(By.id("send-test")).click();
            wait.until(d -> !d.findElements(By.id("test-result")).isEmpty());
            assertThat(inbox("bob@example.org")).isEqualTo(1);
            assertThat(MAIL.getReceivedMessages()).hasSize(2);
        }
    }

    @Test
    void issuingLettersDatedLongAgoNeedsTheOfficersConfirmation() {
        Path root = TestCampaigns.copyBundled(dir.resolve("dated"));
        try (Workbench workbench = start(root); Browser browser = new Browser(dir.resolve("profile-dates"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));
            driver.get(base + "/issue");
            WebElement box = driver.findElement(By.id("confirm_dates"));
            assertThat(driver.findElement(By.cssSelector("label[for=confirm_dates]")).getText()).isEqualTo(
                    "I know these letters are dated 7 January 2020 and their deadline has passed");
            browser.accessible("issue, dates to confirm");
            browser.screenshot("22-issue-confirm-dates");

            // without the tick the form does not go
            driver.findElement(By.id("issue-all")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/issue");
            assertThat(box.isSelected()).isFalse();
            assertThat(driver.findElements(By.id("progress"))).isEmpty();

            // keyboard alone: Tab to the box, Space, Tab to the button, Enter
            driver.get(base + "/issue");
            for (int i = 0; i < 40 && !"confirm_dates".equals(active(driver).getAttribute("id")); i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
            assertThat(active(driver).getAttribute("id")).isEqualTo("confirm_dates");
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            assertThat(active(driver).isSelected()).isTrue();
            for (int i = 0; i < 10 && !"issue-all".equals(active(driver).getAttribute("id")); i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> !d.findElements(By.id("progress")).isEmpty() && d.findElement(By.id("progress")).getText()
                    .contains("Done:"));
            assertThat(driver.findElement(By.id("progress")).getText()).contains("Done: 5 letters issued");
        }
    }

    /** How many messages reached {@code address}'s inbox (by the envelope, not the To header). */
    private static int inbox(String address) throws Exception {
        var user = MAIL.getUserManager().getUserByEmail(address);
        return user == null ? 0 : MAIL.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    }

    private static WebElement active(WebDriver driver) {
        return driver.switchTo().activeElement();
    }
}
