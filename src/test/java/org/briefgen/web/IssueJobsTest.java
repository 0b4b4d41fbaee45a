package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.batch.Campaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the workbench's issue page hears of a run. */
class IssueJobsTest {

    @TempDir
    Path dir;

    @Test
    void aFreshCampaignsRunIsShownCheckingAndMakingEveryLetterThenASelectionsCheckingOnly() throws Exception {
        Path root = TestCampaigns.copyBundled(dir.resolve("run"));
        IssueJobs jobs = new IssueJobs(new CampaignSource(Campaigns.installed(), root.resolve("data"), root.resolve(
                "templates")), ArchiveLocation.of(null, root.resolve("out")));
        try {
            IssueJobs.Job selection = finished(jobs.start(Set.of("amazon-uk"), "officer"));
            assertThat(selection.state).isEqualTo("done");
            assertThat(selection.rendering).isFalse();
            // the campaign has letters in the archive now: the rest are checked, then made as they are issued
            IssueJobs.Job rest = finished(jobs.start(Set.of(), "officer"));
            assertThat(rest.state).isEqualTo("done");
            assertThat(rest.rendering).isFalse();
        } finally {
            jobs.stop();
        }
        Path other = TestCampaigns.copyBundled(dir.resolve("other"));
        IssueJobs fresh = new IssueJobs(new CampaignSource(Campaigns.installed(), other.resolve("data"), other.resolve(
                "templates")), ArchiveLocation.of(null, other.resolve("out")));
        try {
            IssueJobs.Job job = finished(fresh.start(Set.of(), "officer"));
            assertThat(job.state).isEqualTo("done");
            assertThat(job.rendering).isTrue();
        } finally {
            fresh.stop();
        }
    }

    private static IssueJobs.Job finished(IssueJobs.Job job) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!job.finished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(job.finished()).as("the run finished within two minutes").isTrue();
        return job;
    }
}
