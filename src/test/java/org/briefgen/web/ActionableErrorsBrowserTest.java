package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 24, item 6: a product renamed in the recipients table. The campaign and Issue pages say whose letter
 * cannot be made and why in one plain sentence, then the row and the products the findings name, then the
 * technical text; Issue is disabled, saying why; a second product no finding names is a warning. The names
 * come from a hostile table: they are shown as text, never as markup.
 */
class ActionableErrorsBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    /** The bundled campaign with Amazon's product renamed, and a product no finding names given to Northwind. */
    static Path renamedProduct(Path dir) throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Path table = root.resolve("data/recipients.csv");
        Files.writeString(table, Files.readString(table).replace("Amazon UK,Amazon,Amazon Alexa,",
                "Amazon UK,Amazon,Amazon Echo,").replace(",Northwind Hearth speaker,",
                        ",Northwind Hearth speaker; <img src=x onerror=alert(1)>,"));
        return root;
    }

    @Test
    void theHostileNamesAreTextAndTheSentenceComesFirst() throws Exception {
        Path root = renamedProduct(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            HttpResponse<String> home = web.get("/");
            assertThat(home.body()).contains(
                    "<p class=\"problem-sentence\">Amazon UK&#39;s letter cannot be made: its product &#39;Amazon Echo&#39;"
                            + " has no research finding.</p>",
                    "recipients.csv line 2, the products column (the findings name &#39;Amazon Alexa&#39;",
                    "has the product &#39;&lt;img src=x onerror=alert(1)&gt;&#39;, which no research finding names")
                    .doesNotContain("<img src=x");
            String issue = web.get("/issue").body();
            assertThat(issue).contains("Issuing is disabled: 1 letter cannot be made",
                    "id=\"issue-all\" disabled aria-describedby=\"cannot-issue\"");
            assertThat(web.get("/problems").body()).contains("Amazon UK&#39;s letter cannot be made");
            // the issue page of a large campaign follows its check, and is told at its end why issuing stays disabled
            assertThat(web.get("/problems/progress?for=issue").body()).contains("data-finished=\"true\"",
                    "data-problems=\"1\"", "Issuing is disabled: 1 letter cannot be made",
                    "Amazon UK&#39;s letter cannot be made").doesNotContain("problems-none");
            assertThat(web.get("/problems/progress").body()).contains("data-problems=\"1\"", "problems-title")
                    .doesNotContain("cannot-issue");
        }
    }

    @Test
    void anOfficerReadsWhyAndFindsIssueDisabledWithTheKeyboard() throws Exception {
        Path root = renamedProduct(dir);
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            String base = "http://127.0.0.1:" + workbench.port();
            WebDriver driver = browser.driver;
            driver.get(base + "/");
            String problems = driver.findElement(By.id("problems-title")).findElement(By.xpath("..")).getText();
            // the sentence before the place, the place before the technical text
            assertThat(problems.indexOf("Amazon UK's letter cannot be made: its product 'Amazon Echo' has no research"
                    + " finding.")).isGreaterThanOrEqualTo(0).isLessThan(problems.indexOf("Where:"));
            assertThat(problems.indexOf("Where:")).isLessThan(problems.indexOf("Technical text"));
            assertThat(driver.findElement(By.id("warnings-title")).findElement(By.xpath("..")).getText()).contains(
                    "has the product '<img src=x onerror=alert(1)>', which no research finding names");
            // the technical text opens from the keyboard
            FollowUpBrowserTest.tabTo(driver, e -> "summary".equals(e.getTagName()));
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            assertThat(driver.findElement(By.cssSelector(".problem-technical code")).getText()).contains(
                    "no research finding applies to recipient 'amazon-uk'");
            PageWidths.check(browser, "81-campaign-problems");

            driver.get(base + "/issue");
            assertThat(driver.findElement(By.id("issue-all")).isEnabled()).isFalse();
            assertThat(driver.findElement(By.id("cannot-issue")).getText()).contains(
                    "Issuing is disabled: 1 letter cannot be made", "Amazon UK's letter cannot be made");
            PageWidths.check(browser, "82-issue-disabled");
        }
    }
}
