package org.briefgen.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.demo.DemoCampaign;
import org.briefgen.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four eyes on a campaign of 3,000 companies under a 64 MB heap: the approval names every letter,
 * and each letter's words are kept (once each, in the archive) for a later comparison, yet neither
 * recording it nor issuing under it holds them all in memory (by design: an approval that kept the
 * words inline, as one once did, runs out of memory here). Only the short post is made, so that the
 * test is about the approval and not about typesetting 3,000 letters.
 */
class LargeApprovalTest {

    private static final int COMPANIES = 3000;

    @TempDir
    Path dir;

    @Test
    void threeThousandLettersAreApprovedAndIssuedUnderA64MegabyteHeap() throws Exception {
        Path data = dir.resolve("demo");
        Path out = dir.resolve("out");
        DemoCampaign.write(data, COMPANIES);
        Files.writeString(data.resolve("campaign.yaml"), "\napproval: required\nformats: [post]\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String[] campaign = {"--data", data.toString(), "--templates", "templates", "--out", out.toString()};

        ForkedJvm.Result approved = ForkedJvm.run("64m", Main.class, dir, with(campaign, "approve", "--as", "alice"));
        assertThat(approved.exit()).as(approved.err()).isZero();
        assertThat(approved.out()).startsWith("approved: " + COMPANIES + " letters of demo-" + COMPANIES
                + " by alice");

        ForkedJvm.Result issued = ForkedJvm.run("64m", Main.class, dir, with(campaign, "generate", "--as", "bob",
                "--quiet"));
        assertThat(issued.exit()).as(issued.err()).isZero();
        assertThat(issued.out()).contains(COMPANIES + " letters written");
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, out), Clock.systemUTC())) {
            assertThat(archive.verify().intact()).isTrue();
            int[] named = {0};
            archive.approvals(d -> named[0] += d.letters().size());
            assertThat(named[0]).isEqualTo(COMPANIES);
        }
    }

    private static String[] with(String[] campaign, String... command) {
        String[] all = new String[command.length + campaign.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(campaign, 0, all, command.length, campaign.length);
        return all;
    }
}
