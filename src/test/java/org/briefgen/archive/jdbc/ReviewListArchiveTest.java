package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IncomingMessage;
import org.briefgen.archive.Officer;
import org.briefgen.archive.Response;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.Verification;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review list in the archive, on SQLite and PostgreSQL: a held message counts for nothing, is held
 * once, is decided once by a named officer (a confirmation recorded as the response, received when the
 * organisation received it), and both chains are append-only and verified.
 */
class ReviewListArchiveTest {

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-20T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static IncomingMessage held(String reference, String id, String sender, String reason) {
        return new IncomingMessage(reference, id, OffsetDateTime.parse("2020-01-14T10:15:03Z"), "Re: " + reference,
                ("From: " + sender + "\r\nSubject: Re: " + reference + "\r\n\r\nWe confess.\r\n").getBytes(
                        StandardCharsets.UTF_8),
                List.of(), null, new Officer("Inbox Reader"), OffsetDateTime.parse(
                        "2020-01-10T08:00:00Z"),
                sender, null, "subject", reason);
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void heldMessagesAreDecidedOnceByNameAndBothChainsAreVerified(ArchiveDatabases.Kind kind) throws SQLException {
        Path data = TestCampaigns.copyBundled(dir.resolve("campaign")).resolve("data");
        CampaignData campaign = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data);
        Path out = dir.resolve("out");
        ArchiveLocation location = databases.location(kind, out);
        try (Archive archive = Archives.open(location, CLOCK)) {
            Merger merger = new Merger(campaign);
            for (int i = 0; i < 2; i++) {
                archive.issue(new TextLetter(campaign.campaign().id(), merger, campaign.recipients().get(i), null,
                        out));
            }
            assertThat(archive.holdForReview(held("CE-2020-001", "<a@evil.example>", "mallory@evil.example",
                    "a stranger"))).isTrue();
            assertThat(archive.holdForReview(held("CE-2020-002", "<b@evil.example>", "mallory@evil.example",
                    "a stranger"))).isTrue();
            // held once; and a message held is not recorded as a reply behind the officers' backs
            assertThat(archive.holdForReview(held("CE-2020-001", "<a@evil.example>", "x", "y"))).isFalse();
            assertThat(archive.recordReply(held("CE-2020-001", "<a@evil.example>", "x", null))).isFalse();
            assertThat(archive.responses()).isEmpty();
            assertThat(archive.inboxMessages()).isEmpty();

            ReviewDecision confirmed = archive.decide(1, true, new Officer("Ada Officer"), null);
            archive.decide(2, false, new Officer("Bob Officer"), "not from Northwind");
            assertThatThrownBy(() -> archive.decide(1, false, new Officer("Bob Officer"), null)).isInstanceOf(
                    ArchiveException.class).hasMessageContaining("#1 was already confirmed by Ada Officer");
            assertThatThrownBy(() -> archive.decide(9, true, new Officer("Bob Officer"), null)).hasMessageContaining(
                    "the review list has no message #9");

            Response response = archive.responses().get(0);
            assertThat(response.entryNo()).isEqualTo(confirmed.responseEntry());
            assertThat(response.reference()).isEqualTo("CE-2020-001");
            // when the organisation received it, not the sender's Date: of 10 January
            assertThat(response.received()).isEqualTo(LocalDate.of(2020, 1, 14));
            assertThat(response.officer()).isEqualTo("Ada Officer");
            assertThat(response.file()).isEqualTo(archive.reviewMessages().get(0).file());
            assertThat(archive.inboxMessages()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("reply");
                assertThat(m.responseEntry()).isEqualTo(response.entryNo());
                assertThat(m.receivedAt()).isEqualTo("2020-01-14T10:15:03Z");
                assertThat(m.senderDate()).isEqualTo("2020-01-10T08:00:00Z");
            });
            assertThat(archive.reviewDecisions()).extracting(ReviewDecision::decision, ReviewDecision::officer,
                    ReviewDecision::comment).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("confirmed",
                                    "Ada Officer", null),
                            org.assertj.core.groups.Tuple.tuple("dismissed", "Bob Officer",
                                    "not from Northwind"));
            assertThat(Files.exists(out.resolve(archive.reviewMessages().get(1).file().path()))).isTrue();
            assertThat(archive.verify().intact()).isTrue();
        }

        try (Connection c = ArchiveDatabases.connect(location.jdbcUrl()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE review_decisions SET officer = 'Mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM review_messages")).hasMessageContaining(
                    "append-only");
            // a superuser past the triggers: the changed rows are named
            for (String table : List.of("review_messages", "review_decisions")) {
                if (kind == ArchiveDatabases.Kind.SQLITE) {
                    s.execute("DROP TRIGGER " + table + "_no_update");
                } else {
                    s.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL");
                }
            }
            s.executeUpdate("UPDATE review_decisions SET decision = 'confirmed', officer = 'Ada Officer' WHERE"
                    + " entry_no = 2");
            s.executeUpdate("UPDATE review_messages SET sender = 'dpo@northwind-home.example.org' WHERE entry_no = 2");
        }
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            assertThat(archive.verify().mismatches()).extracting(Verification.Mismatch::problem,
                    Verification.Mismatch::path).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Verification.Problem.ROW_CHANGED,
                                    "review_messages row 2"),
                            org.assertj.core.groups.Tuple.tuple(Verification.Problem.ROW_CHANGED,
                                    "review_decisions row 2"));
        }
    }
}
