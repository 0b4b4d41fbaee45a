package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.rules.LetterDigest;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive written before letter digests had versions ({@code archive/before-digest-versions} in
 * the test resources, whose README says how it was made) is read, verified and compared as it was.
 */
class ArchiveCompatibilityTest {

    private static final Path FIXTURE = Path.of("src/test/resources/archive/before-digest-versions");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ArchiveLocation fixture() {
        TestCampaigns.copyTree(FIXTURE, dir);
        return ArchiveLocation.of(null, dir.resolve("out"));
    }

    private CampaignData data() {
        return new CampaignLoader(LocalDate.of(2030, 1, 1)).load(dir.resolve("data"));
    }

    @Test
    void anArchiveFromBeforeDigestVersionsKeepsItsChainAndItsLettersMatchTheirData() throws SQLException {
        ArchiveLocation location = fixture();
        try (Archive archive = Archives.openReadOnly(location).orElseThrow()) {
            assertThat(archive.letters()).hasSize(5).allMatch(l -> l.digestVersion() == 1);
            assertThat(archive.verify().intact()).isTrue();
        }
        // reading changed nothing: the schema is as the older briefgen left it
        assertThat(letterColumns(location)).doesNotContain("digest_version");

        CampaignData data = data();
        Merger merger = new Merger(data);
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            assertThat(letterColumns(location)).contains("digest_version");
            assertThat(archive.verify().intact()).isTrue();
            for (IssuedLetter l : archive.letters()) {
                LetterContext now = merger.merge(recipient(data, l.recipientId()), l.sequence());
                assertThat(LetterDigest.compare(l, now)).as(l.reference()).isEqualTo(LetterDigest.Match.SAME);
            }
            IssueOutcome correction = archive.issue(new TextLetter(data.campaign().id(), merger,
                    data.recipients().get(1), "CE-2020-005", dir.resolve("out")));
            assertThat(correction.letter().reference()).isEqualTo("CE-2020-006");
            assertThat(correction.letter().digestVersion()).isEqualTo(LetterDigest.VERSION);
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @Test
    void aLetterHashedByANewerDigestIsVerifiedAndSaidToBeOfAnUnknownVersion() throws SQLException {
        ArchiveLocation location = fixture();
        Archives.openExisting(location, CLOCK).close();
        // as a later briefgen with a digest version 2 would record a letter
        IssuedLetter recorded;
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
                Statements statements = new Statements(connection, location.describe(), Dialect.SQLITE)) {
            LetterStore letters = LetterStore.of(statements);
            IssuedLetter first = letters.letter("CE-2020-001").orElseThrow();
            IssuedLetter unsigned = new IssuedLetter(6, "CE-2020-006", first.campaign(), first.campaignTitle(),
                    first.subject(), first.organisation(), 6, first.recipientId(), first.company(), first.channels(),
                    first.letterDate(), first.deadline(), Sha256.of("a digest of version 2"), 2,
                    first.templatesSha256(), "CE-2020-001", "2021-01-01T00:00:00Z", List.of(),
                    statements.lastRowHash("letters"), null);
            recorded = unsigned.withSha256(RowHash.of(unsigned));
            letters.insert(recorded);
            // the version is part of the row: changing it breaks the row's hash
            assertThat(RowHash.of(new IssuedLetter(6, "CE-2020-006", first.campaign(), first.campaignTitle(),
                    first.subject(), first.organisation(), 6, first.recipientId(), first.company(), first.channels(),
                    first.letterDate(), first.deadline(), unsigned.dataSha256(), first.templatesSha256(),
                    "CE-2020-001", "2021-01-01T00:00:00Z", List.of(), unsigned.previousSha256(), null)))
                    .isNotEqualTo(recorded.sha256());
        }
        CampaignData data = data();
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            IssuedLetter read = archive.letter("CE-2020-006").orElseThrow();
            assertThat(read).isEqualTo(recorded);
            assertThat(archive.verify().intact()).isTrue();
            LetterContext now = new Merger(data).merge(recipient(data, read.recipientId()), read.sequence());
            assertThat(LetterDigest.compare(read, now)).isEqualTo(LetterDigest.Match.UNKNOWN_VERSION);
        }
    }

    private static Recipient recipient(CampaignData data, String id) {
        return data.recipients().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> letterColumns(ArchiveLocation location) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(location.jdbcUrl());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(letters)")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }

    @Test
    void aDeliveryRowWithoutAnOfficerHashesAsBeforeTheArchiveKeptOne() {
        DeliveryRow before = new DeliveryRow(3, "CE-2020-002", "dpo@example.org", DeliveryKind.SENT, "<m@x>", 1,
                "2020-01-08T09:00:01Z", "250 OK", "2020-01-08T09:00:02Z", "ab12", null);
        // the JSON a delivery row was hashed as before the officer column existed, keys sorted
        String json = "{\"address\":\"dpo@example.org\",\"answered_at\":\"2020-01-08T09:00:01Z\",\"attempt\":1,"
                + "\"detail\":\"250 OK\",\"entry_no\":3,\"message_id\":\"<m@x>\",\"previous_sha256\":\"ab12\","
                + "\"recorded_at\":\"2020-01-08T09:00:02Z\",\"reference\":\"CE-2020-002\",\"status\":\"sent\","
                + "\"table\":\"deliveries\"}";
        assertThat(RowHash.of(before)).isEqualTo(Sha256.of(json));
        DeliveryRow byAda = new DeliveryRow(3, "CE-2020-002", "dpo@example.org", DeliveryKind.SENT, "<m@x>", 1,
                "2020-01-08T09:00:01Z", "250 OK", "2020-01-08T09:00:02Z", "ab12", null, "ada");
        assertThat(RowHash.of(byAda)).isNotEqualTo(RowHash.of(before));
    }
}
