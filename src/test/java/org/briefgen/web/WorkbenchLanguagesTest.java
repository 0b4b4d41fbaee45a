package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign page shows the translations' warnings with the data's: a recipient whose language has none. */
class WorkbenchLanguagesTest {

    @TempDir
    Path dir;

    @Test
    void aRecipientWithNoTranslationIsAWarningOnTheCampaignPage() {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        TestCampaigns.edit(root.resolve("data/recipients.csv"), "2100 København Ø; Denmark,en-GB",
                "2100 København Ø; Denmark,da-DK");
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0)) {
            HttpResponse<String> page = new WebClient(workbench.port()).get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Warnings (they stop nothing)", "recipient &#39;sondergaard&#39; asks for"
                    + " Danish (Denmark) (da-DK) but letter.md.ftl has no translation");
        }
    }
}
