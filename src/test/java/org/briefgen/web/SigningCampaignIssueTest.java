package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.batch.Campaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench holds no signing password: for a campaign that signs, it issues nothing rather than unsigned letters. */
class SigningCampaignIssueTest {

    @TempDir
    Path dir;

    @Test
    void aSigningCampaignIsNotIssuedUnsignedFromTheWorkbench() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("run"));
        Path data = root.resolve("data");
        Files.writeString(data.resolve("organisation.yaml"), Files.readString(data.resolve("organisation.yaml"))
                + "signing:\n  keystore: organisation.yaml\n  alias: letters\n");
        Path out = root.resolve("out");
        IssueJobs jobs = new IssueJobs(new CampaignSource(Campaigns.installed(), data, root.resolve("templates")),
                ArchiveLocation.of(null,
                        out));
        try {
            IssueJobs.Job job = jobs.start(Set.of(), "officer");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!job.finished() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(job.state).isEqualTo("failed");
            assertThat(job.errors).singleElement().asString().contains("signs its letters")
                    .contains("briefgen generate");
            assertThat(out.resolve("cloud-extraction-2020")).doesNotExist();
        } finally {
            jobs.stop();
        }
    }
}
