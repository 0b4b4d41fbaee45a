package org.briefgen.scale;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round of follow-ups to a campaign of 800 companies is issued under a 64 MB heap: the round is
 * checked whole first, then made and recorded a group at a time, so memory does not grow with the
 * letters chased (by design: the round made whole in memory before any was written, as it once
 * was, runs out of memory here). The archive is seeded directly rather than by issuing 800 typeset
 * letters, to keep the test short.
 */
class LargeFollowUpRoundTest {

    private static final int COMPANIES = 800;

    @TempDir
    Path dir;

    @Test
    void aRoundOfEightHundredFollowUpsIsIssuedUnderA64MegabyteHeap() throws Exception {
        Path data = dir.resolve("demo");
        Path out = dir.resolve("out");
        SeededArchive.seed(data, out, COMPANIES);
        // every tenth company responded: the others are overdue by 2030
        int silent = COMPANIES - COMPANIES / 10;

        ForkedJvm.Result run = ForkedJvm.run("64m", Main.class, dir, "generate", "--follow-up", "--as-of",
                "2030-01-01", "--data", data.toString(), "--templates", "templates", "--out", out.toString(),
                "--formats", "pdf", "--quiet");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(silent + " follow-ups of round 1, dated 1 January 2030");
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), Clock.systemUTC())) {
            List<IssuedLetter> followUps = archive.letters().stream().filter(IssuedLetter::isFollowUp).toList();
            assertThat(followUps).hasSize(silent);
            assertThat(followUps).allSatisfy(f -> assertThat(f.files()).singleElement().satisfies(file -> assertThat(
                    out.resolve(file.path()).toFile()).hasSize(file.size())));
        }
        // run again, nothing is due: each letter is chased once
        ForkedJvm.Result again = ForkedJvm.run("64m", Main.class, dir, "generate", "--follow-up", "--as-of",
                "2030-01-01", "--data", data.toString(), "--templates", "templates", "--out", out.toString(),
                "--formats", "pdf");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing new to follow up", silent + " followed up already");
    }
}
