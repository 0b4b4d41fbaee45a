package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.jdbc.Archives;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 24, item 9 (the rest): the tracker, the archive, a letter's record, the Issue page and the Send
 * page's dry run, each no wider than a phone's screen at 390 px (tables become lists or scroll in their own
 * box), axe-core content at both widths, and saved as pictures.
 */
class PhoneWidthsBrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void theTrackerArchiveIssueAndSendPagesFitAPhone() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock
                .systemUTC())) {
            archive.deliver(List.of(new DeliveryEvent("CE-2020-002", "privacy@northwind-home.example.org",
                    DeliveryKind.BOUNCED, "<m2@privacyinternational.org>", 0, "2020-01-07T09:31:00Z",
                    "5.1.1 <privacy@northwind-home.example.org>: Recipient address rejected: User unknown in virtual"
                            + " mailbox table")),
                    false);
        }
        try (Workbench workbench = Workbench.start(WorkbenchMailTest.settings(root, "smtp://127.0.0.1:" + MAIL
                .getSmtp().getPort(), name -> null), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            var driver = browser.driver;

            driver.get(base + "/tracker");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEmpty();
            PageWidths.check(browser, "91-tracker");
            driver.get(base + "/archive");
            PageWidths.check(browser, "92-archive");
            driver.get(base + "/archive/CE-2020-002");
            assertThat(driver.findElement(By.id("deliveries")).getText()).contains("User unknown");
            PageWidths.check(browser, "93-archive-letter");
            driver.get(base + "/issue");
            PageWidths.check(browser, "94-issue");
            driver.get(base + "/send");
            PageWidths.check(browser, "95-send");
        }
    }
}
