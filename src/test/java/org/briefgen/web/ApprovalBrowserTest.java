package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;

import org.briefgen.TestCampaigns;
import org.briefgen.approval.Role;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;

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
 * Four eyes in the workbench, in a real browser, with accounts: an officer sees no Approve button and
 * a forged approval from them is refused (403); an approver approves with the keyboard alone; a
 * sentence changed afterwards shows in the word comparison and the Issue button is disabled with the
 * reason until the approver approves again; then the officer issues. Every page is checked with axe-core.
 */
class ApprovalBrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void anApproverApprovesAndAnotherOfficerIssues() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Files.writeString(root.resolve("data/campaign.yaml"), "\napproval: required\n", StandardOpenOption.APPEND);
        try (Archive archive = Archives.open(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC())) {
            archive.addOfficer("olive", PASSWORD.toCharArray(), Role.OFFICER);
            archive.addOfficer("alice", PASSWORD.toCharArray(), Role.APPROVER);
        }
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));

            // the officer: the campaign page counts the letters awaiting approval; no Approve button; Issue disabled
            signIn(driver, wait, base, "olive");
            assertThat(present(wait, "approval-state").getText()).contains("0 approved, 0 rejected, 5 awaiting"
                    + " approval");
            driver.get(base + "/approve");
            present(wait, "no-approver");
            assertThat(driver.findElements(By.id("approve"))).isEmpty();
            assertThat(driver.findElement(By.id("status-amazon-uk")).getText()).isEqualTo("awaiting");
            browser.accessible("approve, as an officer");
            driver.get(base + "/issue");
            assertThat(present(wait, "not-approved").getText()).contains("requires approval",
                    "CE-2020-001 (Amazon UK): never approved");
            assertThat(driver.findElement(By.id("issue-all")).isEnabled()).isFalse();
            browser.accessible("issue, not approved");

            // a forged approval from the officer's own session is refused by the server
            RawHttp http = new RawHttp(workbench.port());
            assertThat(WorkbenchSignInTest.signIn(http, "olive", PASSWORD).status()).isEqualTo(303);
            String csrf = http.get("/approve").csrf();
            RawHttp.Reply forged = http.post("/approve", "_csrf=" + WorkbenchSignInTest.enc(csrf) + "&comment=x");
            assertThat(forged.status()).isEqualTo(403);
            assertThat(http.get("/approve").body()).doesNotContain("approved by olive").contains("never approved");

            // the approver approves, with the keyboard alone
            driver.manage().deleteAllCookies();
            signIn(driver, wait, base, "alice");
            driver.get(base + "/approve");
            present(wait, "approve");
            assertThat(driver.findElement(By.id("diff-amazon-uk")).getText()).contains("No earlier version");
            // each letter with its e-mail as the company will receive it, in a sandboxed frame
            assertThat(driver.findElement(By.cssSelector("#approve-amazon-uk iframe.email-body")).getAttribute(
                    "sandbox")).isEmpty();
            browser.accessible("approve, as an approver");
            browser.screenshot("approve-01-awaiting");
            tabTo(driver, "comment");
            new Actions(driver).sendKeys("Legal checked the findings").perform();
            tabTo(driver, "approve");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            present(wait, "approve-done");
            assertThat(driver.findElement(By.id("status-amazon-uk")).getText()).isEqualTo("approved");
            assertThat(driver.findElement(By.id("decisions")).getText()).contains("approved", "alice",
                    "Legal checked the findings");
            // the letters, their filter and the decisions fit a phone's screen
            PageWidths.check(browser, "approve-03-decided");

            driver.get(base + "/");
            assertThat(present(wait, "approval-state").getText()).contains("5 approved, 0 rejected, 0 awaiting");
            browser.accessible("campaign, approved");

            // a sentence added to Amazon's finding: the comparison shows it, and the letter awaits approval again
            Path finding = root.resolve("data/findings/amazon-alexa-oxygen.md");
            Files.writeString(finding, Files.readString(finding) + "\n> Investigators can also extract the"
                    + " device's shopping lists, as our own test showed.\n");
            driver.get(base + "/approve");
            WebElement diff = present(wait, "diff-amazon-uk");
            assertThat(diff.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList())
                    .anySatisfy(added -> assertThat(added).contains("Investigators can also extract the device's"
                            + " shopping lists"));
            assertThat(driver.findElement(By.id("status-amazon-uk")).getText()).isEqualTo("awaiting");
            assertThat(driver.findElement(By.id("approve-amazon-uk")).getText()).contains("changed since its approval");
            assertThat(driver.findElement(By.id("diff-northwind-home")).getText()).contains("The same words");
            browser.accessible("approve, a changed letter");
            browser.screenshot("approve-02-changed");
            driver.findElement(By.id("approve")).click();
            present(wait, "approve-done");

            // the approver may not issue what they approved; the officer issues
            driver.get(base + "/issue");
            assertThat(present(wait, "not-approved").getText()).contains("approved by alice, who cannot also"
                    + " issue it");
            driver.manage().deleteAllCookies();
            signIn(driver, wait, base, "olive");
            driver.get(base + "/issue");
            WebElement issue = present(wait, "issue-all");
            assertThat(issue.isEnabled()).isTrue();
            assertThat(driver.findElements(By.id("not-approved"))).isEmpty();
            // the bundled letters are dated 2020: issuing them needs the officer's word that they know
            driver.findElement(By.id("confirm_dates")).click();
            issue.click();
            wait.until(d -> d.findElement(By.id("progress")).getText().contains("Done:"));
            assertThat(driver.findElement(By.id("progress")).getText()).contains("Done: 5 letters issued",
                    "CE-2020-001");
            browser.accessible("issued under approval");
        }
    }

    private static void signIn(WebDriver driver, WebDriverWait wait, String base, String name) {
        driver.get(base + "/login");
        present(wait, "name").sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
    }

    /** Tabs until the element with {@code id} has the focus: the keyboard alone reaches it. */
    private static void tabTo(WebDriver driver, String id) {
        for (int i = 0; i < 80 && !id.equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(id);
    }

    private static WebElement present(WebDriverWait wait, String id) {
        return wait.until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }
}
