package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.DismissedMessage;
import org.briefgen.archive.ReviewDecision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24, item 4 (the rest): from the inbox page an unmatched message, or one held for review, is dismissed.
 * It stays in the archive as dismissed, with who and when, in a chain that verifies; the inbox no longer lists
 * it as waiting, and the review list shows it dismissed. The POSTs are guarded like the others: a forged or
 * mistyped one records nothing.
 */
class DismissMessagesTest {

    @TempDir
    Path dir;

    @Test
    void anUnmatchedOrHeldMessageIsDismissedFromTheInboxPageAndNoLongerWaits() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        AttachRepliesTest.root = root;
        try (Workbench workbench = Workbench.start(WorkbenchMailTest.settings(root, null, name -> null), "127.0.0.1",
                0)) {
            WebClient web = new WebClient(workbench.port());
            WorkbenchHttpTest.issueAll(web);
            Path inbox = Files.createDirectories(root.resolve("inbox"));
            Files.writeString(inbox.resolve("u.eml"), AttachRepliesTest.message("News <news@offers.example>",
                    "Our spring offers", "spam-1"));
            Files.writeString(inbox.resolve("h.eml"), AttachRepliesTest.message(
                    "Fieldfare DPO <dpo@fieldfare-mail.example>", "Re: CE-2020-002 our answer", "held-1"));
            String read = web.post("/inbox", Map.of("_csrf", web.csrf())).body();
            assertThat(read).contains("1 unmatched", "1 for review", "action=\"/inbox/dismiss\"",
                    "action=\"/review/1/dismiss\"", "id=\"dismiss-hint\"");

            // forged: no token; the right token from another site; a message the inbox does not hold
            String spam = "<spam-1@example>";
            assertThat(web.post("/inbox/dismiss", Map.of("message", spam)).statusCode()).isEqualTo(403);
            try (RawHttp raw = new RawHttp(workbench.port())) {
                assertThat(raw.post("/inbox/dismiss", "_csrf=" + web.csrf() + "&message=" + spam, "Origin",
                        "http://evil.example").status()).isEqualTo(403);
            }
            for (String message : List.of("<none@example>", "<a\r\nb@example>", "", "<held-1@example>")) {
                HttpResponse<String> refused = web.post("/inbox/dismiss", Map.of("_csrf", web.csrf(), "message",
                        message));
                assertThat(refused.statusCode()).as(message).isEqualTo(400);
                assertThat(refused.body()).contains("nothing was recorded");
            }
            try (Archive archive = AttachRepliesTest.archive()) {
                assertThat(archive.dismissedMessages()).isEmpty();
            }

            HttpResponse<String> dismissed = web.post("/inbox/dismiss", Map.of("_csrf", web.csrf(), "message", spam));
            assertThat(dismissed.statusCode()).isEqualTo(303);
            assertThat(dismissed.headers().firstValue("Location")).hasValue("/review?set-aside=1#dismissed-title");
            HttpResponse<String> held = web.post("/review/1/dismiss", Map.of("_csrf", web.csrf()));
            assertThat(held.statusCode()).isEqualTo(303);

            try (Archive archive = AttachRepliesTest.archive()) {
                List<DismissedMessage> set = archive.dismissedMessages();
                assertThat(set).hasSize(1);
                assertThat(set.get(0).messageId()).isEqualTo(spam);
                assertThat(set.get(0).sender()).contains("news@offers.example");
                assertThat(set.get(0).officer()).isEqualTo("officer-on-this-machine");
                assertThat(set.get(0).recordedAt()).isNotBlank();
                assertThat(archive.reviewDecisions()).extracting(ReviewDecision::decision).containsExactly(
                        "dismissed");
                assertThat(archive.responses()).isEmpty();
                assertThat(archive.verify().intact()).isTrue();
                assertThat(archive.head().text()).contains("dismissed_messages=1");
            }
            String review = web.get("/review?set-aside=1").body();
            assertThat(review).contains("id=\"set-aside-done\"", "Our spring offers", "Dismissed from the inbox",
                    "officer-on-this-machine on ").contains("No message awaits review");

            // read again: nothing waits; the dismissed message is counted, not listed, and cannot be dismissed twice
            String again = web.post("/inbox", Map.of("_csrf", web.csrf())).body();
            assertThat(again).contains("0 unmatched (and 1 dismissed before, not listed)", "0 for review")
                    .doesNotContain("Our spring offers").doesNotContain("action=\"/inbox/dismiss\"");
            assertThat(web.post("/inbox/dismiss", Map.of("_csrf", web.csrf(), "message", spam)).statusCode())
                    .isEqualTo(400);
            try (Archive archive = AttachRepliesTest.archive()) {
                assertThat(archive.dismissedMessages()).hasSize(1);
            }
        }
    }

    @Test
    void anOfficerDismissesAnUnmatchedMessageWithTheKeyboardAlone() throws Exception {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        AttachRepliesTest.root = root;
        try (Workbench workbench = Workbench.start(WorkbenchMailTest.settings(root, null, name -> null), "127.0.0.1",
                0); Browser browser = new Browser(dir.resolve("profile"))) {
            WorkbenchHttpTest.issueAll(new WebClient(workbench.port()));
            Path inbox = Files.createDirectories(root.resolve("inbox"));
            Files.writeString(inbox.resolve("u.eml"), AttachRepliesTest.message("News <news@offers.example>",
                    "Our spring offers", "spam-1"));
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(120));
            driver.get("http://127.0.0.1:" + workbench.port() + "/tracker");
            FollowUpBrowserTest.tabTo(driver, e -> "read-inbox".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> !d.findElements(By.id("inbox-result")).isEmpty());
            assertThat(driver.findElement(By.id("inbox-unmatched")).getText()).contains("Our spring offers");
            PageWidths.check(browser, "111-inbox-to-dismiss");
            FollowUpBrowserTest.tabTo(driver, e -> "dismiss-1".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            wait.until(d -> !d.findElements(By.id("set-aside-done")).isEmpty());
            assertThat(driver.findElement(By.id("inbox-dismissed")).getText()).contains("Our spring offers",
                    "officer-on-this-machine on ");
            PageWidths.check(browser, "112-review-dismissed");
        }
    }
}
