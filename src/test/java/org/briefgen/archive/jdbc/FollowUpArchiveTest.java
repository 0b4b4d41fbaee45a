package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.rules.FollowUps;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.Sha256;
import org.briefgen.merge.FollowUp;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-ups in an archive written before they existed: its rows keep their hashes through migration
 * V40, the archive's one rule finds the letters due, and a follow-up joins the chain once.
 */
class FollowUpArchiveTest {

    private static final Path FIXTURE = Path.of("src/test/resources/archive/before-digest-versions");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A follow-up in archive tests: one small file, {@code letters/<reference>.txt}, as {@link TextLetter} writes. */
    private record TextFollowUp(String campaign, Merger merger, Recipient recipient, String follows,
            List<FollowUp.Request> chain, LocalDate date, Path out) implements LetterIssue {

        @Override
        public String recipientId() {
            return recipient.id();
        }

        @Override
        public String supersedes() {
            return null;
        }

        @Override
        public String templatesSha256() {
            return Sha256.of("templates");
        }

        @Override
        public LetterContext merge(int sequence) {
            return merger.followUp(recipient, sequence, date, chain);
        }

        @Override
        public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
            Path file = out.resolve("letters/" + context.letter().reference() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, context.letter().reference() + "\n");
            return List.of(file);
        }
    }

    @Test
    void anOlderArchiveKeepsItsHashesAndTakesOneFollowUpPerLetter() throws SQLException {
        TestCampaigns.copyTree(FIXTURE, dir);
        ArchiveLocation location = ArchiveLocation.of(null, dir.resolve("out"));
        Map<String, String> before = rowHashes(location);
        CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(dir.resolve("data"));
        Merger merger = new Merger(data);
        String campaign = data.campaign().id();
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            assertThat(rowHashes(location)).isEqualTo(before);
            assertThat(archive.verify().intact()).isTrue();

            FollowUps.Plan plan = FollowUps.plan(archive.letters(), archive.responses(), archive.deliveries(),
                    archive.inboxMessages(), campaign, LocalDate.of(2020, 2, 1), 1);
            // CE-2020-001 was answered; CE-2020-002 was corrected by CE-2020-005, which is chased in its place
            assertThat(plan.due()).extracting(d -> d.chased().reference()).containsExactly("CE-2020-003",
                    "CE-2020-004", "CE-2020-005");
            assertThat(plan.others()).extracting(r -> r.letter().reference()).containsExactly("CE-2020-001");

            FollowUps.Due due = plan.due().get(2);
            Recipient recipient = data.recipients().stream().filter(r -> r.id().equals(due.chased().recipientId()))
                    .findFirst().orElseThrow();
            List<FollowUp.Request> chain = List.of(new FollowUp.Request("CE-2020-005", due.chased().letterDate(),
                    due.chased().deadline()));
            TextFollowUp issue = new TextFollowUp(campaign, merger, recipient, "CE-2020-005", chain,
                    LocalDate.of(2020, 2, 1), dir.resolve("out"));
            IssuedLetter followUp = archive.issue(issue).letter();
            assertThat(followUp.reference()).isEqualTo("CE-2020-005-F1");
            assertThat(followUp.follows()).isEqualTo("CE-2020-005");
            assertThat(followUp.round()).isEqualTo(1);
            assertThat(followUp.sequence()).isEqualTo(-followUp.entryNo());
            assertThat(followUp.letterDate()).isEqualTo(LocalDate.of(2020, 2, 1));
            assertThat(followUp.deadline()).isEqualTo(LocalDate.of(2020, 2, 11));
            assertThat(archive.issue(issue)).isInstanceOf(IssueOutcome.AlreadyIssued.class)
                    .extracting(IssueOutcome::letter).extracting(IssuedLetter::reference).isEqualTo("CE-2020-005-F1");
            assertThat(archive.verify().intact()).isTrue();
            // the old rows still hash as they did; the follow-up's hash covers what it chases
            Map<String, String> after = rowHashes(location);
            before.forEach((reference, hash) -> assertThat(after.get(reference)).isEqualTo(hash));
            IssuedLetter asIfFirst = new IssuedLetter(followUp.entryNo(), followUp.reference(), followUp.campaign(),
                    followUp.campaignTitle(), followUp.subject(), followUp.organisation(), followUp.sequence(),
                    followUp.recipientId(), followUp.company(), followUp.channels(), followUp.letterDate(),
                    followUp.deadline(), followUp.dataSha256(), followUp.digestVersion(), followUp.templatesSha256(),
                    null, followUp.issuedAt(), followUp.files(), followUp.previousSha256(), null, followUp.officer());
            assertThat(RowHash.of(asIfFirst)).isNotEqualTo(followUp.sha256());
            assertThat(RowHash.of(followUp)).isEqualTo(followUp.sha256());

            // a new letter still takes the campaign's next number: follow-ups take none
            assertThat(new ReferenceAllocator(campaign, archive.letters()).next(s -> merger.merge(recipient, s))
                    .letter().reference()).isEqualTo("CE-2020-006");
            // and the letter it chases is not due again
            assertThat(FollowUps.plan(archive.letters(), archive.responses(), archive.deliveries(),
                    archive.inboxMessages(), campaign, LocalDate.of(2020, 2, 1), 1).due())
                    .extracting(d -> d.chased().reference()).containsExactly("CE-2020-003", "CE-2020-004");
        }
        // the database itself refuses a second follow-up of one letter
        try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO letters SELECT entry_no + 100, reference || 'x',"
                    + " campaign, campaign_title, subject, organisation, seq - 100, recipient_id, company, channels,"
                    + " letter_date, deadline, data_sha256, templates_sha256, supersedes, issued_at, previous_sha256,"
                    + " row_sha256, digest_version, officer, follows, follow_up_round FROM letters WHERE follows IS NOT"
                    + " NULL")).hasMessageContaining("UNIQUE");
        }
    }

    @Test
    void roundsCountFromOne() {
        assertThatThrownBy(() -> FollowUps.plan(List.of(), List.of(), List.of(), List.of(), "c", LocalDate.now(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> rowHashes(ArchiveLocation location) throws SQLException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(location.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT reference, row_sha256 FROM letters ORDER BY entry_no")) {
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        }
        return hashes;
    }
}
