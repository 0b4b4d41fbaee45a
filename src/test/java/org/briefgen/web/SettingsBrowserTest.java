package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.briefgen.TestCampaigns;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
 * A wrong SMTP user corrected without a restart, in Chromium with the keyboard alone: a test send is refused
 * by the server, the officer corrects the user on the Settings page (which never shows the password), and
 * the next test send reaches the mailbox. Checked at 1280 and 390 px.
 */
class SettingsBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer", "s3cret-pass"));

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aWrongSmtpUserIsCorrectedOnTheSettingsPageAndTheTestSendThenArrives() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Workbench.Settings settings = WorkbenchMailTest.settings(root, "smtp://ofiser@127.0.0.1:" + MAIL.getSmtp()
                .getPort(), name -> name.equals(SendPages.PASSWORD_VARIABLE) ? "s3cret-pass" : null);
        try (Workbench workbench = Workbench.start(settings, "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));

            testSend(driver, wait, base);
            assertThat(driver.findElement(By.tagName("main")).getText()).containsIgnoringCase("auth");
            assertThat(MAIL.getReceivedMessages()).isEmpty();

            driver.get(base + "/settings");
            assertThat(driver.findElement(By.id("smtp-user")).getText()).isEqualTo("ofiser");
            assertThat(driver.findElement(By.id("smtp-password")).getText()).isEqualTo(
                    "set, from BRIEFGEN_SMTP_PASSWORD");
            assertThat(driver.getPageSource()).doesNotContain("s3cret-pass");
            PageWidths.check(browser, "81-settings");

            FollowUpBrowserTest.tabTo(driver, e -> "smtp-username".equals(e.getAttribute("id")));
            new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("officer").sendKeys(
                    Keys.TAB).perform();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("smtp-new-password");
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("smtp-save");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> !d.findElements(By.id("settings-changed")).isEmpty());
            assertThat(driver.findElement(By.id("settings-changed")).getText()).contains(
                    "The SMTP user is now officer");
            assertThat(driver.findElement(By.id("smtp-user")).getText()).startsWith("officer").contains(
                    "given here by officer-on-this-machine");
            assertThat(driver.getPageSource()).doesNotContain("s3cret-pass");
            PageWidths.check(browser, "82-settings-corrected");

            testSend(driver, wait, base);
            assertThat(driver.findElement(By.id("test-result")).getText()).contains(
                    "went to ada@privacyinternational.org only");
            assertThat(MAIL.getReceivedMessages()).hasSize(1);
            assertThat(MAIL.getReceivedMessages()[0].getSubject()).startsWith("[TEST]");
        }
    }

    private static void testSend(WebDriver driver, WebDriverWait wait, String base) {
        driver.get(base + "/letters/amazon-uk");
        WebElement address = wait.until(d -> d.findElements(By.id("test-address")).stream().findFirst().orElse(null));
        address.clear();
        address.sendKeys("ada@privacyinternational.org");
        Browser.goesToAnotherPage(driver, wait, () -> driver.findElement(By.id("send-test")).click());
        // a refused send is shown on an error page, a sent one on the test's own
        wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty());
    }
}
