package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.briefgen.campaign.DataException;
import org.briefgen.campaign.load.PublishTarget;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 24, item 2: campaign.yaml's {@code publish_to:} names the Publish page's folder (relative to the
 * campaign folder; {@code serve --publish-to} overrides it). A folder that holds the campaign's data,
 * templates or output, or is inside the data or templates, is refused before anything is written.
 */
class PublishToTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static void publishTo(Path root, String line) throws Exception {
        Path campaign = root.resolve("data/campaign.yaml");
        Files.writeString(campaign, Files.readString(campaign) + "\n" + line + "\n");
    }

    @Test
    void thePublishPagePublishesIntoTheFolderCampaignYamlNames() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        publishTo(root, "publish_to: ../public/site");
        Path site = root.resolve("public/site").toAbsolutePath().normalize();
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            String page = web.get("/publish?date=2020-02-01").body();
            assertThat(page).contains("Publishing writes into <code>" + site + "</code>, the folder campaign.yaml&#39;s"
                    + " publish_to names").doesNotContain("id=\"publish\" disabled");

            HttpResponse<String> published = web.post("/publish", Map.of("_csrf", web.csrf(), "date", "2020-02-01"));

            assertThat(published.statusCode()).isEqualTo(200);
            assertThat(site.resolve("index.html")).exists();
            assertThat(Files.readString(site.resolve("index.html"))).contains("Amazon UK");
        }
    }

    @Test
    void theSettingsPageShowsTheFolderCampaignYamlNamesOrWhyNone() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        String original = Files.readString(root.resolve("data/campaign.yaml"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            assertThat(new WebClient(workbench.port()).get("/settings").body()).contains(
                    "No folder to publish into", "publish_to:");
        }
        publishTo(root, "publish_to: ../public/site");
        Path site = root.resolve("public/site").toAbsolutePath().normalize();
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            assertThat(new WebClient(workbench.port()).get("/settings").body()).contains("Published into <code>"
                    + site + "</code>, the folder campaign.yaml&#39;s publish_to names").doesNotContain(
                            "No folder to publish into");
        }
        Files.writeString(root.resolve("data/campaign.yaml"), original);
        publishTo(root, "publish_to: \"..\"");
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            assertThat(new WebClient(workbench.port()).get("/settings").body()).contains(
                    "No folder to publish into", "Nothing can be published into");
        }
    }

    @Test
    void theCommandLineFolderWinsOverCampaignYamls() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        publishTo(root, "publish_to: ../public/site");
        Path chosen = dir.resolve("chosen").toAbsolutePath().normalize();
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false).publishingTo(chosen),
                "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            assertThat(web.get("/publish").body()).contains("Publishing writes into <code>" + chosen
                    + "</code>, the folder serve --publish-to names");
            assertThat(web.get("/settings").body()).contains("Published into <code>" + chosen
                    + "</code>, the folder serve --publish-to names");
        }
    }

    @Test
    void aFolderAmongTheCampaignsOwnIsRefusedAndNothingIsWritten() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path campaign = root.resolve("data/campaign.yaml");
        String original = Files.readString(campaign);
        // the data folder itself, its parent, the output, inside the templates, inside the data
        for (String hostile : new String[] {".", "..", "../out", "../templates/site", "findings/site", "../../.."}) {
            Files.writeString(campaign, original + "\npublish_to: \"" + hostile + "\"\n");
            try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
                WebClient web = new WebClient(workbench.port());
                assertThat(web.get("/publish").body()).as(hostile).contains("Nothing can be published into",
                        "id=\"publish\" disabled");
                HttpResponse<String> post = web.post("/publish", Map.of("_csrf", web.csrf(), "date", "2020-02-01"));
                assertThat(post.body()).as(hostile).contains("Nothing can be published into");
            }
            assertThat(root.resolve("data/index.html")).doesNotExist();
            assertThat(root.resolve("index.html")).doesNotExist();
            assertThat(root.resolve("out/index.html")).doesNotExist();
            assertThat(root.resolve("templates/site")).doesNotExist();
        }
    }

    @Test
    void aBlankOrControlCharacterFolderIsAProblemAtItsLine() throws Exception {
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        Path campaign = root.resolve("data/campaign.yaml");
        String original = Files.readString(campaign);
        for (String bad : new String[] {"\"  \"", "\"site\\tx\"", "\"a\\nb\""}) {
            Files.writeString(campaign, original + "\npublish_to: " + bad + "\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublishTarget.of(root.resolve("data"))).as(bad)
                    .isInstanceOf(DataException.class).hasMessageContaining("campaign.yaml").hasMessageContaining(
                            "publish_to names no folder");
        }
        Files.writeString(campaign, original);
        assertThat(PublishTarget.of(root.resolve("data"))).isEmpty();
    }

    @Test
    void thePublishPageNamingItsFolderFitsAPhone() throws Exception {
        Browser.requireChromium();
        Path root = FollowUpBrowserTest.issuedCampaign(dir);
        publishTo(root, "publish_to: ../public/site");
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
                Browser browser = new Browser(dir.resolve("profile"))) {
            browser.driver.get("http://127.0.0.1:" + workbench.port() + "/publish?date=2020-02-01");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120)).until(
                    d -> !d.findElements(By.id("publish-folder")).isEmpty());
            FollowUpBrowserTest.tabTo(browser.driver, e -> "publish".equals(e.getAttribute("id")));
            PageWidths.check(browser, "83-publish-folder-from-campaign");
        }
    }
}
