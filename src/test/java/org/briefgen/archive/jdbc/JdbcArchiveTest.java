package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.RecordedFile;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.AtomicFiles;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The archive on its own, with a stand-in for the pipeline that writes a small file per letter; on
 * SQLite and on PostgreSQL.
 */
class JdbcArchiveTest {

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Issues {@code recipient}'s letter, writing {@code <reference>.txt}; {@code seen} hears of the guard's answers. */
    private static LetterIssue issue(CampaignData data, Recipient recipient, String supersedes, Path out,
            List<Boolean> seen, boolean fail) {
        Merger merger = new Merger(data);
        return new LetterIssue() {
            @Override
            public String campaign() {
                return data.campaign().id();
            }

            @Override
            public String recipientId() {
                return recipient.id();
            }

            @Override
            public String supersedes() {
                return supersedes;
            }

            @Override
            public String templatesSha256() {
                return Sha256.of("templates");
            }

            @Override
            public LetterContext merge(int sequence) {
                return merger.merge(recipient, sequence);
            }

            @Override
            public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
                Path file = out.resolve("letters/" + context.letter().reference() + ".txt");
                seen.add(issuedFile.test(out.resolve("letters/CE-2020-001.txt")));
                Files.createDirectories(file.getParent());
                Files.writeString(file, context.letter().reference());
                if (fail) {
                    throw new IOException("disk full");
                }
                return List.of(file);
            }
        };
    }

    private CampaignData data(String pattern) {
        Path data = TestCampaigns.copyBundled(dir.resolve("campaign")).resolve("data");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "reference: \"CE-{year}-{seq:3}\"", "reference: \""
                + pattern + "\"");
        return new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data);
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void theWriterIsToldWhichFilesAreIssuedAndAFailedWriteRecordsNothing(ArchiveDatabases.Kind kind) {
        CampaignData data = data("CE-{year}-{seq:3}");
        Path out = dir.resolve("out");
        List<Boolean> seen = new ArrayList<>();
        try (Archive archive = Archives.open(databases.location(kind, out), CLOCK)) {
            archive.issue(issue(data, data.recipients().get(0), null, out, seen, false));
            assertThatThrownBy(() -> archive.issue(issue(data, data.recipients().get(1), null, out, seen, true)))
                    .hasMessageContaining("disk full");
            IssueOutcome second = archive.issue(issue(data, data.recipients().get(1), null, out, seen, false));
            assertThat(seen).containsExactly(false, true, true);
            // the failed attempt took no number: the retry has the one it would have had
            assertThat(second.letter().reference()).isEqualTo("CE-2020-002");
            assertThat(second.letter().files()).extracting(RecordedFile::path)
                    .containsExactly("letters/CE-2020-002.txt");
            assertThat(archive.letters()).hasSize(2);
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void aGroupOfLettersIsRecordedInOneTransactionOnlyAfterTheirFolderIsSynced(ArchiveDatabases.Kind kind) {
        CampaignData data = data("CE-{year}-{seq:3}");
        Path out = dir.resolve("out");
        ArchiveLocation location = databases.location(kind, out);
        List<String> synced = new ArrayList<>();
        AtomicFiles.Disk disk = new AtomicFiles.Disk() {
            @Override
            public void syncFolder(Path folder) throws IOException {
                try (Archive reader = Archives.openReadOnly(location).orElseThrow()) {
                    synced.add(folder.getFileName() + " synced with " + reader.letters().size() + " letters recorded");
                }
                AtomicFiles.Disk.super.syncFolder(folder);
            }
        };
        List<Recipient> three = data.recipients().subList(0, 3);
        try (Archive archive = JdbcArchive.open(location, CLOCK, false, new AtomicFiles(disk), NewArchive.NONE)) {
            assertThatThrownBy(() -> archive.issue(three.stream().map(r -> issue(data, r, null, out,
                    new ArrayList<>(), r.id().equals(three.get(1).id()))).toList())).hasMessageContaining("disk full");
            // one letter of the group failed, so none of it was recorded (nor its folder synced)
            assertThat(archive.letters()).isEmpty();
            assertThat(synced).isEmpty();
            List<IssueOutcome> outcomes = archive.issue(three.stream().map(r -> issue(data, r, null, out,
                    new ArrayList<>(), false)).toList());
            assertThat(outcomes).extracting(o -> o.letter().reference()).containsExactly("CE-2020-001", "CE-2020-002",
                    "CE-2020-003");
            assertThat(synced).containsExactly("letters synced with 0 letters recorded");
            assertThat(archive.letters()).hasSize(3);
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void aPatternWithoutSeqCannotGiveACorrectionANewReference(ArchiveDatabases.Kind kind) {
        CampaignData data = data("{campaign}-{id}");
        Path out = dir.resolve("out");
        List<Boolean> seen = new ArrayList<>();
        try (Archive archive = Archives.open(databases.location(kind, out), CLOCK)) {
            IssueOutcome first = archive.issue(issue(data, data.recipients().get(0), null, out, seen, false));
            assertThat(first.letter().reference()).isEqualTo("cloud-extraction-2020-amazon-uk");
            assertThatThrownBy(() -> archive.issue(issue(data, data.recipients().get(0),
                    "cloud-extraction-2020-amazon-uk", out, seen, false))).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("a new letter needs {seq} in the pattern");
            assertThat(archive.letters()).hasSize(1);
        }
    }

    @Test
    void readOnlyOpeningOfAnArchiveNotYetMadeFindsNothingAndMakesNothing() {
        ArchiveLocation location = ArchiveLocation.of(null, dir.resolve("out"));
        assertThat(Archives.openReadOnly(location)).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
        assertThatThrownBy(() -> Archives.openExisting(location, CLOCK)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("no archive at " + dir.resolve("out/archive.sqlite"));
    }

    @Test
    void locations() {
        assertThat(ArchiveLocation.of(null, Path.of("output")).jdbcUrl())
                .isEqualTo("jdbc:sqlite:output/archive.sqlite");
        assertThat(ArchiveLocation.of("jdbc:sqlite:file:/x/a.db?busy_timeout=1", Path.of("o")).sqliteFile())
                .contains(Path.of("/x/a.db"));
        assertThat(ArchiveLocation.of("jdbc:postgresql://h/db", Path.of("o")).sqliteFile()).isEmpty();
        assertThat(ArchiveDatabase.vendor(ArchiveLocation.of("jdbc:postgresql://h/db", Path.of("o"))))
                .isEqualTo("postgresql");
        assertThat(ArchiveDatabases.withDatabase("jdbc:postgresql://h:5432/test?user=postgres", "x"))
                .isEqualTo("jdbc:postgresql://h:5432/x?user=postgres");
        assertThat(ArchiveDatabases.withDatabase("jdbc:postgresql://h", "x")).isEqualTo("jdbc:postgresql://h/x");
    }

    @Test
    void aPasswordInThePostgresUrlIsRefusedWithoutRepeatingIt() {
        for (String url : List.of("jdbc:postgresql://h/db?user=u&password=s3cret",
                "jdbc:postgresql://h/db?PASSWORD=s3cret", "jdbc:postgresql://u:s3cret@h/db")) {
            assertThatThrownBy(() -> ArchiveLocation.of(url, Path.of("o"))).as(url)
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("PGPASSWORD")
                    .hasMessageContaining("~/.pgpass").hasMessageNotContaining("s3cret");
        }
    }
}
