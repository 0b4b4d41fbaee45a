package org.briefgen.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.LetterDigest;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.Sha256;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issuing a campaign into the archive: what is recorded, and what a second run does not do. */
class IssuingTest {

    private static final Instant ISSUED = Instant.parse("2020-01-07T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private static final CampaignIssuer.Listener QUIET = new CampaignIssuer.Listener() {
        @Override
        public void issued(WrittenLetter letter, IssuedLetter record) {
        }

        @Override
        public void alreadyIssued(IssuedLetter letter, boolean changed) {
        }
    };

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheBundledCampaign() {
        TestCampaigns.copyBundled(dir.resolve("campaign"));
    }

    private Path data() {
        return dir.resolve("campaign/data");
    }

    private Path out() {
        return dir.resolve("out");
    }

    private CampaignRun run() {
        // the PDF alone keeps these cases about the archive; every format is recorded alike
        return Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data()),
                dir.resolve("campaign/templates"), java.util.Set.of(OutputFormats.installed().parse("pdf")));
    }

    private ArchiveLocation location() {
        return ArchiveLocation.of(null, out());
    }

    private IssueReport issue() {
        return new CampaignIssuer(run()).issue(location(), CLOCK, QUIET);
    }

    private List<IssuedLetter> letters() {
        try (Archive archive = Archives.openExisting(location(), CLOCK)) {
            return archive.letters();
        }
    }

    private static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256Digest().digest(Files.readAllBytes(file)));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every file under the output folder, with its bytes' hash and modification time. */
    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(out())) {
            // the manifest lists what was issued, so it changes when a letter is issued
            for (Path p : walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("manifest.")).toList()) {
                files.put(out().relativize(p), sha256(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    @Test
    void issuingRecordsEveryLetterWithItsHashes() throws IOException {
        IssueReport report = issue();
        assertThat(report.written()).extracting(WrittenLetter::reference)
                .containsExactly("CE-2020-001", "CE-2020-002", "CE-2020-003", "CE-2020-004", "CE-2020-005");
        List<IssuedLetter> letters = letters();
        assertThat(letters).hasSize(5);
        IssuedLetter amazon = letters.get(0);
        assertThat(amazon.reference()).isEqualTo("CE-2020-001");
        assertThat(amazon.campaign()).isEqualTo("cloud-extraction-2020");
        assertThat(amazon.recipientId()).isEqualTo("amazon-uk");
        assertThat(amazon.company()).isEqualTo("Amazon UK");
        assertThat(amazon.channels()).isEqualTo("email eu-privacy@amazon.co.uk; Twitter @AmazonUK");
        assertThat(amazon.letterDate()).isEqualTo("2020-01-07");
        assertThat(amazon.deadline()).isEqualTo("2020-01-17");
        assertThat(amazon.issuedAt()).isEqualTo("2020-01-07T09:30:00Z");
        assertThat(amazon.supersedes()).isNull();
        assertThat(letters.get(3).channels()).startsWith("post Søndergaard Connect ApS, Strandvejen 12");

        Path pdf = out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
        assertThat(amazon.files()).containsExactly(new RecordedFile("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf",
                Files.size(pdf), sha256(pdf)));

        CampaignRun run = run();
        assertThat(amazon.dataSha256()).isEqualTo(LetterDigest.sha256(run.merge(run.data().recipients().get(0), 1)))
                .isNotEqualTo(letters.get(1).dataSha256());
        assertThat(amazon.templatesSha256()).isEqualTo(TemplateSet.sha256(dir.resolve("campaign/templates")))
                .isEqualTo(letters.get(1).templatesSha256());

        assertThat(amazon.previousSha256()).isEqualTo(Sha256.NONE);
        for (int i = 1; i < letters.size(); i++) {
            assertThat(letters.get(i).previousSha256()).isEqualTo(letters.get(i - 1).sha256());
        }
    }

    @Test
    void onlyTheSelectedRecipientsAreIssuedAndTheRestLater() {
        IssueReport first = new CampaignIssuer(run()).issue(location(), CLOCK, QUIET,
                java.util.Set.of("fieldfare"));
        assertThat(first.written()).extracting(WrittenLetter::recipientId).containsExactly("fieldfare");
        assertThat(letters()).extracting(IssuedLetter::reference).containsExactly("CE-2020-001");

        IssueReport rest = issue();
        assertThat(rest.written()).extracting(WrittenLetter::recipientId).containsExactly("amazon-uk",
                "northwind-home", "sondergaard", "maisonnette");
        assertThat(rest.alreadyIssued()).extracting(IssuedLetter::recipientId).containsExactly("fieldfare");
    }

    @Test
    void aSelectedIdThatIsNoRecipientIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new CampaignIssuer(run()).issue(location(), CLOCK, QUIET, java.util.Set.of("amazon-uk",
                "../etc"))).isInstanceOf(InvalidCampaignException.class).hasMessageContaining(
                        "'../etc' is not a recipient of campaign cloud-extraction-2020");
        assertThat(out()).doesNotExist();
    }

    @Test
    void theDataHashIgnoresWhereTheCampaignFolderIs() {
        CampaignData here = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
        CampaignData there = new CampaignLoader(LocalDate.of(2031, 1, 1)).load(data());
        var a = Campaigns.installed().run(here, TestCampaigns.TEMPLATES).merge(here.recipients().get(0), 1);
        var b = Campaigns.installed().run(there, TestCampaigns.TEMPLATES).merge(there.recipients().get(0), 1);
        assertThat(a.recipient().source()).isNotEqualTo(b.recipient().source());
        assertThat(LetterDigest.sha256(a)).isEqualTo(LetterDigest.sha256(b));
        assertThat(LetterDigest.json(a)).contains("\"company\":\"Amazon UK\"").doesNotContain("recipients.csv");
    }

    @Test
    void aSecondRunIssuesNothingAndTouchesNoFile() throws IOException {
        issue();
        // an old modification time, so that a rewrite cannot hide within the clock's resolution
        try (Stream<Path> walk = Files.walk(out())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2021-03-04T05:06:07Z")));
            }
        }
        Map<Path, String> before = snapshot();
        List<String> already = new ArrayList<>();
        IssueReport again = new CampaignIssuer(run()).issue(location(), CLOCK, new CampaignIssuer.Listener() {
            @Override
            public void issued(WrittenLetter letter, IssuedLetter record) {
                throw new AssertionError("issued again: " + letter.reference());
            }

            @Override
            public void alreadyIssued(IssuedLetter letter, boolean changed) {
                already.add(letter.reference() + " " + letter.company() + (changed ? " (changed)" : ""));
            }
        });
        assertThat(again.written()).isEmpty();
        assertThat(already).containsExactly("CE-2020-001 Amazon UK", "CE-2020-002 Northwind Home Ltd",
                "CE-2020-003 Fieldfare Messaging Ltd", "CE-2020-004 Søndergaard Connect ApS",
                "CE-2020-005 Maisonnette Connectée SAS");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(before).containsKey(Path.of("archive.sqlite"));
    }

    @Test
    void aChangedRecipientIsReportedAsChangedButNotReissued() {
        issue();
        TestCampaigns.edit(data().resolve("recipients.csv"), "eu-privacy@amazon.co.uk", "privacy@amazon.co.uk");
        List<String> changed = new ArrayList<>();
        new CampaignIssuer(run()).issue(location(), CLOCK, new CampaignIssuer.Listener() {
            @Override
            public void issued(WrittenLetter letter, IssuedLetter record) {
                throw new AssertionError("issued again: " + letter.reference());
            }

            @Override
            public void alreadyIssued(IssuedLetter letter, boolean isChanged) {
                if (isChanged) {
                    changed.add(letter.reference());
                }
            }
        });
        assertThat(changed).containsExactly("CE-2020-001");
    }

    @Test
    void aRecipientAddedLaterGetsTheNextFreeReference() throws IOException {
        issue();
        Map<Path, String> before = snapshot();
        TestCampaigns.edit(data().resolve("recipients.csv"), "northwind-home,",
                "acme,Acme Devices plc,Acme,Amazon Alexa,,,"
                        + "privacy@acme.example.org,,,en-GB\nnorthwind-home,");
        IssueReport report = new CampaignIssuer(run()).issue(location(), CLOCK, QUIET);
        assertThat(report.written()).extracting(WrittenLetter::reference).containsExactly("CE-2020-006");
        assertThat(report.alreadyIssued()).hasSize(5);
        assertThat(out().resolve("cloud-extraction-2020/CE-2020-006-acme-devices-plc.pdf")).isRegularFile();
        assertThat(letters()).extracting(IssuedLetter::reference, IssuedLetter::recipientId).endsWith(
                org.assertj.core.groups.Tuple.tuple("CE-2020-006", "acme"));
        Map<Path, String> after = snapshot();
        before.forEach((path, hash) -> {
            // the briefing names the campaign's companies: with one more, it is written anew beside the letters
            if (!path.toString().equals("archive.sqlite") && !path.toString().equals(
                    "cloud-extraction-2020/briefing.pdf")) {
                assertThat(after.get(path)).as(path.toString()).isEqualTo(hash);
            }
        });
        assertThat(report.briefings()).extracting(b -> b.file().getFileName().toString()).containsExactly(
                "briefing.pdf", "briefing.fr-FR.pdf");
        assertThat(after.get(Path.of("cloud-extraction-2020/briefing.pdf"))).isNotEqualTo(before.get(Path.of(
                "cloud-extraction-2020/briefing.pdf")));
    }

    /** The command line's report counts what its listener printed, and keeps no letter to the end of the run. */
    @Test
    void aCountingReportCountsTheLettersAndKeepsNone() throws IOException {
        IssueReport first = new CampaignIssuer(run()).countingLetters().issue(location(), CLOCK, QUIET);
        assertThat(first.writtenCount()).isEqualTo(5);
        assertThat(first.alreadyIssuedCount()).isZero();
        assertThat(first.briefings()).isNotEmpty();
        assertThatThrownBy(first::written).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("counts the letters");
        TestCampaigns.edit(data().resolve("recipients.csv"), "northwind-home,",
                "acme,Acme Devices plc,Acme,Amazon Alexa,,,"
                        + "privacy@acme.example.org,,,en-GB\nnorthwind-home,");
        IssueReport second = new CampaignIssuer(run()).countingLetters().issue(location(), CLOCK, QUIET);
        assertThat(second.writtenCount()).isEqualTo(1);
        assertThat(second.alreadyIssuedCount()).isEqualTo(5);
        assertThatThrownBy(second::alreadyIssued).isInstanceOf(IllegalStateException.class);
        IssueReport preview = new CampaignIssuer(run()).countingLetters().preview(location(), out().resolve(
                "preview"), List.of(), QUIET);
        assertThat(preview.writtenCount()).isZero();
        assertThat(preview.alreadyIssuedCount()).isEqualTo(6);
        assertThat(letters()).hasSize(6);
    }

    @Test
    void aReissueIsACorrectionUnderANewReference() throws IOException {
        issue();
        Path old = out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
        String oldHash = sha256(old);
        TestCampaigns.edit(data().resolve("recipients.csv"), "amazon-uk,Amazon UK,Amazon,Amazon Alexa,,",
                "amazon-uk,Amazon UK,Amazon,Amazon Alexa,Jane Doe,");
        IssueReport report = new CampaignIssuer(run()).reissue(location(), CLOCK, List.of("CE-2020-001"),
                QUIET);
        assertThat(report.written()).extracting(WrittenLetter::reference).containsExactly("CE-2020-006");
        assertThat(sha256(old)).isEqualTo(oldHash);
        List<IssuedLetter> letters = letters();
        assertThat(letters).hasSize(6);
        IssuedLetter correction = letters.get(5);
        assertThat(correction.reference()).isEqualTo("CE-2020-006");
        assertThat(correction.supersedes()).isEqualTo("CE-2020-001");
        assertThat(correction.recipientId()).isEqualTo("amazon-uk");
        assertThat(correction.previousSha256()).isEqualTo(letters.get(4).sha256());
        assertThat(correction.files()).extracting(RecordedFile::path)
                .containsExactly("cloud-extraction-2020/CE-2020-006-amazon-uk.pdf");

        // a correction is itself the letter a rerun finds issued
        IssueReport rerun = issue();
        assertThat(rerun.written()).isEmpty();
        assertThat(rerun.alreadyIssued()).extracting(IssuedLetter::reference).first().isEqualTo("CE-2020-006");

        assertThatThrownBy(() -> new CampaignIssuer(run()).reissue(location(), CLOCK, List.of("CE-2020-001"), QUIET))
                .isInstanceOf(ArchiveException.class)
                .hasMessage("CE-2020-001 was already corrected by CE-2020-006; reissue CE-2020-006 instead");
        assertThatThrownBy(() -> new CampaignIssuer(run()).reissue(location(), CLOCK, List.of("CE-2020-009"), QUIET))
                .isInstanceOf(ArchiveException.class).hasMessageStartingWith("no letter CE-2020-009 in the archive");
        try (Archive archive = Archives.openExisting(location(), CLOCK)) {
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @Test
    void aDryRunRecordsNothingAndWritesOnlyThePreviewWithItsBriefings() throws IOException {
        IssueReport report = new CampaignIssuer(run()).preview(location(), out().resolve("preview"),
                List.of(), QUIET);
        assertThat(report.written()).extracting(WrittenLetter::reference)
                .containsExactly("CE-2020-001", "CE-2020-002", "CE-2020-003", "CE-2020-004", "CE-2020-005");
        try (Stream<Path> walk = Files.walk(out())) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> out().relativize(p).toString()).sorted())
                    .containsExactly("preview/cloud-extraction-2020/CE-2020-001-amazon-uk.pdf",
                            "preview/cloud-extraction-2020/CE-2020-002-northwind-home-ltd.pdf",
                            "preview/cloud-extraction-2020/CE-2020-003-fieldfare-messaging-ltd.pdf",
                            "preview/cloud-extraction-2020/CE-2020-004-sondergaard-connect-aps.pdf",
                            "preview/cloud-extraction-2020/CE-2020-005-maisonnette-connectee-sas.pdf",
                            "preview/cloud-extraction-2020/briefing.fr-FR.pdf",
                            "preview/cloud-extraction-2020/briefing.pdf");
        }
        // the briefings are part of the run's report, the campaign's first
        assertThat(report.briefings()).extracting(b -> out().relativize(b.file()).toString()).containsExactly(
                "preview/cloud-extraction-2020/briefing.pdf", "preview/cloud-extraction-2020/briefing.fr-FR.pdf");
    }

    @Test
    void aDryRunOnTwoJobsPreviewsInOrderTheVeryFilesIssuingThenWrites() throws IOException {
        List<String> heard = new ArrayList<>();
        IssueReport preview = new CampaignIssuer(run(), 2, false, Officer.systemUser()).preview(location(),
                out().resolve("preview"), List.of(), new CampaignIssuer.Listener() {
                    @Override
                    public void issued(WrittenLetter letter, IssuedLetter record) {
                        heard.add(letter.reference());
                    }

                    @Override
                    public void alreadyIssued(IssuedLetter letter, boolean changed) {
                    }
                });
        assertThat(heard).containsExactly("CE-2020-001", "CE-2020-002", "CE-2020-003", "CE-2020-004", "CE-2020-005");
        assertThat(preview.written()).extracting(WrittenLetter::reference).containsExactlyElementsOf(heard);
        Path folder = out().resolve("preview/cloud-extraction-2020");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
        IssueReport issued = issue();
        assertThat(issued.written()).extracting(WrittenLetter::reference).containsExactlyElementsOf(heard);
        for (WrittenLetter letter : issued.written()) {
            assertThat(sha256(folder.resolve(letter.file().getFileName()))).as(letter.reference())
                    .isEqualTo(sha256(letter.file()));
        }
    }

    @Test
    void aDryRunThatCannotWriteALetterSaysWhereAndLeavesNoneOfItsFilesHalfWritten() throws IOException {
        Path folder = Files.createDirectories(out().resolve("preview/cloud-extraction-2020"));
        // a folder where the third letter's file goes: renaming it into place fails
        Path blocked = Files.createDirectories(folder.resolve("CE-2020-003-fieldfare-messaging-ltd.pdf/inside"))
                .getParent();
        CampaignIssuer issuer = new CampaignIssuer(run(), 2, false, Officer.systemUser());
        assertThatThrownBy(() -> issuer.preview(location(), out().resolve("preview"), List.of(), QUIET))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageStartingWith("cannot write to " + folder);
        assertThat(folder.resolve("CE-2020-001-amazon-uk.pdf")).isRegularFile();
        assertThat(folder.resolve("CE-2020-002-northwind-home-ltd.pdf")).isRegularFile();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("CE-2020-003") && name.endsWith(".part"));
        }
        // once the way is clear, the next dry run writes every letter and leaves nothing behind
        Files.delete(blocked.resolve("inside"));
        Files.delete(blocked);
        assertThat(issuer.preview(location(), out().resolve("preview"), List.of(), QUIET).written()).hasSize(5);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void aDryRunAfterIssuingPreviewsOnlyWhatIsNewAndLeavesTheArchiveAlone() throws IOException {
        issue();
        TestCampaigns.edit(data().resolve("recipients.csv"), "northwind-home,",
                "acme,Acme Devices plc,Acme,Amazon Alexa,,,"
                        + "privacy@acme.example.org,,,en-GB\nnorthwind-home,");
        Map<Path, String> before = snapshot();
        IssueReport report = new CampaignIssuer(run()).preview(location(), out().resolve("preview"),
                List.of(), QUIET);
        assertThat(report.written()).extracting(WrittenLetter::reference).containsExactly("CE-2020-006");
        assertThat(report.alreadyIssued()).hasSize(5);
        Map<Path, String> after = snapshot();
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.keySet()).filteredOn(p -> !before.containsKey(p)).containsExactlyInAnyOrder(Path.of(
                "preview/cloud-extraction-2020/CE-2020-006-acme-devices-plc.pdf"),
                Path.of(
                        "preview/cloud-extraction-2020/briefing.pdf"),
                Path.of(
                        "preview/cloud-extraction-2020/briefing.fr-FR.pdf"));
        assertThat(letters()).hasSize(5);
    }

    @Test
    void nothingIsWrittenNotEvenTheArchiveWhenTheCampaignDoesNotValidate() {
        TestCampaigns.edit(data().resolveSibling("templates/letter.md.ftl"), "${letter.deadline}", "${letter.dedline}");
        assertThatThrownBy(this::issue).isInstanceOf(InvalidCampaignException.class);
        assertThat(out()).doesNotExist();
    }

    @Test
    void twoRunsAtOnceNeverShareAReference() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<IssueReport> run = () -> new CampaignIssuer(run(), 2, false, Officer.systemUser()).issue(
                    location(), CLOCK,
                    QUIET);
            List<Future<IssueReport>> runs = List.of(pool.submit(run), pool.submit(run));
            int written = 0;
            for (Future<IssueReport> f : runs) {
                IssueReport r = f.get();
                written += r.written().size();
                assertThat(r.written().size() + r.alreadyIssued().size()).isEqualTo(5);
            }
            assertThat(written).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        List<IssuedLetter> letters = letters();
        assertThat(letters).extracting(IssuedLetter::reference).doesNotHaveDuplicates().hasSize(5);
        assertThat(letters).extracting(IssuedLetter::recipientId).doesNotHaveDuplicates();
        try (Archive archive = Archives.openExisting(location(), CLOCK)) {
            assertThat(archive.verify().mismatches()).isEmpty();
        }
        // the letters both runs rendered and staged, and only one issued, leave no temporary file
        try (Stream<Path> files = Files.walk(out())) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }
}
