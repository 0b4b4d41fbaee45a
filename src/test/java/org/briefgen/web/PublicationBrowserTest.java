package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.cli.Main;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The publication's pages as a reader sees them, opened from the folder in Chromium (file://, no
 * server): readable, navigable by keyboard, checked with axe-core and saved as screenshots.
 */
class PublicationBrowserTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void everyPageReadsWellAndPassesAxe() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        String out = root.resolve("out").toString();
        run("generate", "--quiet", "--data", root.resolve("data").toString(), "--out", out);
        run("respond", "CE-2020-001", "--received", "2020-01-15", "--summary", "Amazon denies sharing customer data"
                + " with cloud extraction vendors", "--file", "src/test/resources/publish/reply.eml", "--out", out);
        run("respond", "CE-2020-002", "--received", "2020-01-16", "--summary", "Private", "--not-for-publication",
                "--out", out);
        run("respond", "CE-2020-003", "--received", "2020-01-24", "--summary", "Fieldfare answers late", "--out",
                out);
        Path site = dir.resolve("site");
        run("publish", "--as-of", "2020-02-01", "--to", site.toString(), "--out", out);

        try (Browser browser = new Browser(dir.resolve("profile"))) {
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(120));
            browser.driver.get(site.resolve("index.html").toUri().toString());
            assertThat(browser.driver.getTitle()).isEqualTo("Cloud analytics");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cloud analytics");
            List<String> rows = browser.driver.findElements(By.cssSelector("table.companies tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0)).startsWith("Amazon UK").endsWith("responded");
            assertThat(rows.get(1)).endsWith("responded (not for publication)");
            assertThat(rows.get(2)).endsWith("responded after the deadline");
            assertThat(rows.get(3)).startsWith("Søndergaard Connect ApS").endsWith("did not respond");
            assertThat(browser.driver.findElement(By.cssSelector("svg.chart")).getAttribute("role")).isEqualTo("img");
            browser.accessible("publication index");
            browser.screenshot("publication-index");

            // the skip link is the first thing the keyboard reaches, and leads to the content
            WebElement skip = browser.driver.findElement(By.tagName("body"));
            skip.sendKeys(Keys.TAB);
            assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to the content");

            // each link leads to another page: the browser is on it before anything of it is read
            Browser.goesToAnotherPage(browser.driver, wait, () -> browser.driver.findElement(By.linkText("Amazon UK"))
                    .click());
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Amazon UK");
            assertThat(browser.driver.findElement(By.cssSelector(".reply pre")).getText()).contains(
                    "[e-mail address removed]", "[phone number removed]");
            browser.accessible("publication: Amazon UK");
            browser.screenshot("publication-amazon-uk");
            browser.driver.findElement(By.linkText("The response as text (TXT)")).getAttribute("href");

            browser.driver.navigate().back();
            Browser.goesToAnotherPage(browser.driver, wait, () -> browser.driver.findElement(By.linkText(
                    "Northwind Home Ltd")).click());
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(
                    "asked that its response be kept private").doesNotContain("Private\n");
            browser.accessible("publication: Northwind Home Ltd");
            browser.screenshot("publication-northwind");

            Browser.goesToAnotherPage(browser.driver, wait, () -> browser.driver.findElement(By.linkText(
                    "All companies")).click());
            Browser.goesToAnotherPage(browser.driver, wait, () -> browser.driver.findElement(By.linkText(
                    "Søndergaard Connect ApS")).click());
            browser.accessible("publication: Søndergaard Connect ApS");
            browser.screenshot("publication-sondergaard");
        }
    }
}
