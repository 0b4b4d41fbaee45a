package org.briefgen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.approval.Candidate;
import org.briefgen.approval.Coverage;
import org.briefgen.approval.Decision;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive whose approvals kept each letter's words inline ({@code archive/approvals-with-words-inline}
 * in the test resources, written by the briefgen before the words moved to {@code blobs}) is read,
 * verified and judged by as it was: its rows keep their hashes, its words are found, its decisions count.
 */
class ApprovalsWithWordsInlineTest {

    private static final Path FIXTURE = Path.of("src/test/resources/archive/approvals-with-words-inline");

    @TempDir
    Path dir;

    @Test
    void approvalsRecordedWithTheirWordsInlineVerifyAndStillCount() {
        TestCampaigns.copyTree(FIXTURE, dir);
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, dir.resolve("out")), Clock.fixed(
                Instant.parse("2026-12-06T13:00:00Z"), ZoneOffset.UTC))) {
            Verification verification = archive.verify();
            assertThat(verification.mismatches()).isEmpty();
            assertThat(verification.intact()).isTrue();

            List<Decision> all = new ArrayList<>();
            archive.approvals(all::add);
            assertThat(all).extracting(Decision::verb, Decision::officer, Decision::comment).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("approved", "alice", "legal checked"),
                    org.assertj.core.groups.Tuple.tuple("rejected", "dana", "the deadline is too short"));
            Candidate amazon = all.get(0).letters().get(0);
            assertThat(amazon.describe()).isEqualTo("CE-2020-001 (Amazon UK)");
            assertThat(amazon.textSha256()).isNull();
            assertThat(archive.approvedText(amazon)).hasValueSatisfying(words -> assertThat(words).contains(
                    "Amazon"));

            // the rejection recorded after the approval counts, as it did
            List<Coverage.Verdict> verdicts = Coverage.assess(List.of(amazon), all.get(1).briefingSha256(),
                    archive::approvals, "bob");
            assertThat(Coverage.refusals(verdicts)).singleElement().asString().startsWith(
                    "CE-2020-001 (Amazon UK): rejected (rejection #2 by dana at ").endsWith(
                            ": the deadline is too short");
        }
    }
}
