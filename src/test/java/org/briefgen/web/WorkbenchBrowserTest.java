package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.briefgen.TestCampaigns;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer's whole flow in a real browser: the campaign and its warnings, the Amazon UK letter
 * as page images, an edit on disk seen in the preview (and a broken edit shown with its place),
 * issue all, a response recorded with a file, the tracker saying responded. Every page is
 * checked with axe-core and saved as a screenshot; the navigation and the issue form are used
 * with the keyboard alone.
 */
class WorkbenchBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void theOfficersWholeFlow() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            var driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));

            // the campaign, its warnings, every recipient by company
            driver.get(base + "/");
            String home = driver.findElement(By.tagName("main")).getText();
            assertThat(home).contains("Amazon UK", "Northwind Home Ltd", "Fieldfare Messaging Ltd",
                    "Søndergaard Connect ApS", "Warnings",
                    "recipients.csv:5:70: recipient 'sondergaard' has no e-mail address");
            browser.accessible("campaign");
            browser.screenshot("01-campaign");

            // keyboard alone: the skip link, then the main navigation, in order
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(active(driver).getText()).isEqualTo("Skip to content");
            for (String item : List.of("Campaign", "Issue", "Send", "Follow-ups", "Tracker", "Archive")) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                assertThat(active(driver).getText()).isEqualTo(item);
            }
            // the filter narrows the table, on the server: typed, then Enter; "Show all" brings every row back
            driver.findElement(By.id("filter")).sendKeys("north", Keys.ENTER);
            wait.until(d -> d.getCurrentUrl().contains("q=north"));
            assertThat(driver.findElements(By.cssSelector("#recipients tbody tr")).stream().map(WebElement::getText))
                    .singleElement().asString().contains("Northwind Home Ltd");
            assertThat(driver.findElement(By.id("recipients-shown")).getText()).isEqualTo("1–1 of 1 matching");
            assertThat(driver.findElement(By.id("filter")).getAttribute("value")).isEqualTo("north");
            driver.findElement(By.id("filter-clear")).sendKeys(Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("q=north"));
            assertThat(driver.findElements(By.cssSelector("#recipients tbody tr"))).hasSize(5);

            // the Amazon UK letter, as images of the real PDF's pages
            driver.findElement(By.linkText("Amazon UK")).click();
            String before = pagesLoaded(driver, wait);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Letter to Amazon UK");
            assertThat(driver.findElements(By.cssSelector(".pages img"))).hasSizeGreaterThanOrEqualTo(2);
            browser.accessible("letter");
            browser.screenshot("02-letter-amazon-uk");

            // a finding edited on disk: the preview follows, without a restart
            Path finding = root.resolve("data/findings/amazon-alexa-oxygen.md");
            Files.writeString(finding, Files.readString(finding) + "\n> Investigators can also extract the"
                    + " device's shopping lists, as our own test showed.\n");
            driver.navigate().refresh();
            String after = pagesLoaded(driver, wait);
            assertThat(after).as("the letter's PDF changed").isNotEqualTo(before);

            // a broken template: the error, with its place, instead of the letter
            Path template = root.resolve("templates/letter.md.ftl");
            String good = Files.readString(template);
            Files.writeString(template, good.replace("${letter.deadline}", "${letter.dedline}"));
            driver.navigate().refresh();
            String broken = driver.findElement(By.tagName("main")).getText();
            assertThat(broken).contains("This letter cannot be made").containsPattern(
                    "templates/letter\\.md\\.ftl:[0-9]+:[0-9]+: \\$\\{letter\\.dedline\\} has no value");
            assertThat(driver.findElements(By.cssSelector(".pages img"))).isEmpty();
            browser.accessible("letter with an error");
            browser.screenshot("03-letter-with-an-error");
            Files.writeString(template, good);

            // issue all, with the keyboard alone: Tab to the button, Enter
            driver.get(base + "/issue");
            browser.accessible("issue");
            browser.screenshot("04-issue");
            // the bundled letters are dated 7 January 2020: the officer says they know, with the keyboard too
            for (int i = 0; i < 40 && !"confirm_dates".equals(active(driver).getAttribute("id")); i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            for (int i = 0; i < 40 && !"issue-all".equals(active(driver).getAttribute("id")); i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
            assertThat(active(driver).getAttribute("id")).isEqualTo("issue-all");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> d.findElement(By.id("progress")).getText().contains("Done:"));
            String progress = driver.findElement(By.id("progress")).getText();
            assertThat(progress).contains("Done: 5 letters issued", "CE-2020-001", "Amazon UK",
                    "CE-2020-001-amazon-uk.pdf");
            assertThat(driver.findElement(By.linkText("CE-2020-001-amazon-uk.pdf")).getAttribute("href")).endsWith(
                    "/archive/CE-2020-001/files/CE-2020-001-amazon-uk.pdf");
            browser.accessible("issuing");
            browser.screenshot("05-issued");

            // a response, with its file
            Path reply = dir.resolve("reply from amazon.pdf");
            Files.writeString(reply, "%PDF-1.4 the company's reply");
            driver.get(base + "/archive/CE-2020-001");
            browser.accessible("letter record");
            driver.findElement(By.id("received"))
                    .sendKeys(FollowUpBrowserTest.typed(driver, java.time.LocalDate.of(2020,
                            1, 15)));
            driver.findElement(By.id("summary")).sendKeys("Amazon says it does not allow extraction");
            driver.findElement(By.id("file")).sendKeys(reply.toAbsolutePath().toString());
            driver.findElement(By.id("record")).click();
            wait.until(d -> d.findElements(By.id("responses")).size() > 0);
            String responses = driver.findElement(By.id("responses")).getText();
            assertThat(responses).contains("response", "15 January 2020", "Amazon says it does not allow extraction",
                    "-reply-from-amazon.pdf");
            browser.screenshot("06-response-recorded");

            // the tracker says responded
            driver.findElement(By.linkText("Tracker")).click();
            present(wait, "tracker");
            String tracker = driver.findElement(By.id("tracker")).getText();
            assertThat(tracker).containsPattern("CE-2020-001 Amazon UK .*responded 15 January 2020 \\(8 days\\)");
            assertThat(driver.findElements(By.cssSelector("svg rect.bar-responded"))).hasSize(1);
            browser.accessible("tracker");
            browser.screenshot("07-tracker");

            // the archive, verified
            driver.findElement(By.linkText("Archive")).click();
            present(wait, "verify").click();
            present(wait, "verify-result");
            assertThat(driver.findElement(By.id("verify-result")).getText()).startsWith("Intact: 5 letters, 1"
                    + " response, ");
            browser.accessible("archive");
            browser.screenshot("08-archive");

            driver.get(base + "/send");
            assertThat(driver.findElement(By.id("send-setup")).getText()).contains("No mail server is set up");
            browser.accessible("send");
            browser.screenshot("09-send");

            driver.get(base + "/no-such-page");
            browser.accessible("not found");
            browser.screenshot("10-not-found");
        }
    }

    @Test
    void sendingThenReadingTheInbox() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("mail"));
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Workbench.Settings settings = WorkbenchMailTest.settings(root, "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(),
                name -> null);
        try (Workbench workbench = Workbench.start(settings, "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile-mail"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WorkbenchHttpTest.issueAll(new WebClient(workbench.port()));
            var driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));

            // the dry run's list, then the confirmation, then the run's progress
            driver.get(base + "/send");
            assertThat(driver.findElement(By.id("send-list-title")).getText()).isEqualTo("4 letters would be sent");
            assertThat(driver.findElement(By.id("send-list")).getText()).contains("CE-2020-001", "Amazon UK",
                    "eu-privacy@amazon.co.uk", "briefing.pdf");
            browser.accessible("send, the dry run");
            browser.screenshot("12-send-dry-run");
            driver.findElement(By.id("confirm_dates")).click();
            driver.findElement(By.id("send-confirm")).click();
            wait.until(d -> d.findElement(By.id("progress")).getText().contains("Done:"));
            assertThat(driver.findElement(By.id("progress")).getText()).contains("Done: 4 letters sent",
                    "dpo@fieldfare.example.org sent");
            assertThat(MAIL.getReceivedMessages()).hasSize(4);
            browser.accessible("sending");
            browser.screenshot("13-sent");
            // the campaign page shows the letters sent (the bundled deadline is long past: overdue, sent)
            driver.findElement(By.linkText("Campaign")).click();
            present(wait, "recipients");
            assertThat(driver.findElement(By.id("recipients")).getText()).contains("(sent ");
            browser.screenshot("13b-campaign-after-sending");

            // a stranger's message in the inbox, read from the tracker
            Files.writeString(inbox.resolve("stranger.eml"), """
                    From: Newsletter <news@example.net>
                    Subject: <b>Our spring offers</b>
                    Date: Wed, 15 Jan 2020 08:00:00 +0000
                    Message-ID: <offer-7@example.net>

                    Buy now.
                    """.replace("\n", "\r\n"));
            driver.findElement(By.linkText("Tracker")).click();
            present(wait, "read-inbox").click();
            // the form posts and a new page loads: wait for it rather than race it
            present(wait, "inbox-result");
            assertThat(driver.findElement(By.id("inbox-result")).getText()).contains("0 recorded", "1 unmatched");
            assertThat(driver.findElement(By.id("inbox-unmatched")).getText()).contains("news@example.net",
                    "<b>Our spring offers</b>");
            browser.accessible("inbox");
            browser.screenshot("14-inbox");

            // a stranger's message naming a letter is held for review; the officer dismisses it there
            Files.writeString(inbox.resolve("forged.eml"), """
                    Received: from mail.evil.example by mx.privacyinternational.org; Thu, 16 Jan 2020 08:00:02 +0000
                    From: Mallory <mallory@evil.example>
                    Subject: Re: CE-2020-001 we confess everything
                    Date: Thu, 16 Jan 2020 08:00:00 +0000
                    Message-ID: <forged-1@evil.example>

                    We confess.
                    """.replace("\n", "\r\n"));
            driver.findElement(By.linkText("Tracker")).click();
            present(wait, "read-inbox").click();
            present(wait, "inbox-result");
            assertThat(driver.findElement(By.id("inbox-result")).getText()).contains("0 recorded", "1 for review");
            assertThat(driver.findElement(By.id("inbox-review")).getText()).contains("CE-2020-001",
                    "mallory@evil.example");
            driver.findElement(By.linkText("review list")).click();
            assertThat(present(wait, "review-1").getText()).contains("Amazon UK", "mallory@evil.example",
                    Words.officers().moment("2020-01-16T08:00:02Z"));
            browser.accessible("review list");
            browser.screenshot("15-review");
            driver.findElement(By.id("comment-1")).sendKeys("not Amazon's");
            driver.findElement(By.id("dismiss-1")).click();
            present(wait, "review-done");
            assertThat(driver.findElement(By.id("review-decided")).getText()).contains(
                    "dismissed by officer-on-this-machine", "not Amazon's");
        }
    }

    @Test
    void theSignInPageIsAccessible() {
        Path root = TestCampaigns.copyBundled(dir.resolve("shared"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile-login"))) {
            browser.driver.get("http://127.0.0.1:" + workbench.port() + "/");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
            browser.accessible("sign in");
            browser.screenshot("11-sign-in");
        }
    }

    /**
     * Waits for the element with this id: a click on a link or a form's button loads a new page,
     * and the next look must not race it.
     */
    private static WebElement present(WebDriverWait wait, String id) {
        return wait.until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    private static WebElement active(org.openqa.selenium.WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Waits for every page image to load; returns the digest of the PDF they show. */
    private static String pagesLoaded(org.openqa.selenium.WebDriver driver, WebDriverWait wait) {
        wait.until(d -> {
            List<WebElement> images = d.findElements(By.cssSelector(".pages img"));
            return !images.isEmpty() && images.stream().allMatch(img -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
        });
        return driver.findElement(By.cssSelector(".pages img")).getAttribute("data-digest");
    }
}
