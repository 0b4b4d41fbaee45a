package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh server makes the first recipient's preview as it starts, in the background: an officer who
 * opens it once the server has warmed up gets it at once (issue 29: under 1.5 s; it took 6 s cold),
 * the same page a cold server makes.
 */
class WorkbenchWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void theFirstPreviewOfAFreshServerIsReadyOnceItHasWarmedUp() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
        try {
            workbench.warmUp().join(600_000);
            assertThat(workbench.warmUp().isAlive()).as("warming up ended").isFalse();
            // a client of a few lines, as cold as the server, so that the time is the server's
            try (RawHttp http = new RawHttp(workbench.port())) {
                long start = System.nanoTime();
                RawHttp.Reply letter = http.get("/letters/amazon-uk");
                RawHttp.Reply page = http.get("/letters/amazon-uk/pages/0.png");
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(letter.status()).isEqualTo(200);
                assertThat(letter.body()).contains("CE-2020-001", "/letters/amazon-uk/pages/1.png");
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.header("Content-Type")).isEqualTo("image/png");
                assertThat(seconds).as("the first preview, page and image, in seconds").isLessThan(1.5);
            }
        } finally {
            workbench.close();
        }
    }

    @Test
    void aPreviewAskedForWhileWarmingUpIsTheSameLetter() {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
        try {
            // asked for at once: it waits for the preview being made (or makes it), never fails for it
            HttpResponse<String> early = new WebClient(workbench.port()).get("/letters/amazon-uk");
            assertThat(early.statusCode()).isEqualTo(200);
            assertThat(early.body()).contains("CE-2020-001");
        } finally {
            workbench.close();
        }
    }

    @Test
    void aCampaignThatRequiresApprovalHasItsLettersDigestedWhileWarmingUp() throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("approval"));
        java.nio.file.Files.writeString(root.resolve("data/campaign.yaml"), "\napproval: required\n",
                java.nio.file.StandardOpenOption.APPEND);
        Workbench.Settings settings = WorkbenchHttpTest.settings(root, false);
        Workbench workbench = Workbench.start(settings, "127.0.0.1", 0);
        try {
            workbench.warmUp().join(600_000);
            assertThat(workbench.warmUp().isAlive()).as("warming up ended").isFalse();
            // made before any page asked: the campaign page's counts are judged from them at once
            assertThat(PendingLetters.madeFor(settings.archive())).isTrue();
            HttpResponse<String> campaign = new WebClient(workbench.port()).get("/");
            assertThat(campaign.body()).contains("0 approved, 0 rejected, 5 awaiting approval");
        } finally {
            workbench.close();
        }
    }
}
