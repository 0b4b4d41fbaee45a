package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that does not parse is named with its line on every page that makes a letter from it, for
 * as long as it is broken (never Freemarker's "error loading the template on an earlier attempt"), and
 * the letter whose template is another (the French translation) is not blamed.
 */
class BrokenTemplateTest {

    @TempDir
    Path dir;

    @Test
    void everyPageNamesTheBrokenLineUntilItIsFixed() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Path template = root.resolve("templates/letter.md.ftl");
        String good = Files.readString(template);
        Files.writeString(template, good.replaceFirst("<#if !findings\\?has_content>", "<#if>"));
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            for (String page : new String[] {"/letters/amazon-uk", "/letters/northwind-home", "/letters/amazon-uk",
                    "/"}) {
                String body = web.get(page).body();
                assertThat(body).as(page).containsPattern("templates/letter\\.md\\.ftl:6:[0-9]+").doesNotContain(
                        "earlier attempt").doesNotContain("letter.fr.md.ftl");
            }
            String french = web.get("/letters/maisonnette").body();
            assertThat(french).doesNotContain("This letter cannot be made").contains("/letters/maisonnette/pages/0");

            Files.writeString(template, good);
            assertThat(web.get("/letters/amazon-uk").body()).doesNotContain("This letter cannot be made").contains(
                    "/letters/amazon-uk/pages/0");
        }
    }
}
