package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.demo.DemoCampaign;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.files.Sha256;
import org.briefgen.merge.FileNames;
import org.briefgen.merge.LetterContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters rendered as the campaign is checked ({@link EarlyLetters}): each made once, taken by the
 * issuing only as planned, the very files a run without them writes, and nothing left by a run refused.
 */
class EarlyLettersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);
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

    private CampaignRun run() {
        return Campaigns.installed().run(
                new CampaignLoader(LocalDate.of(2030, 1, 1)).load(dir.resolve("campaign/data")),
                dir.resolve("campaign/templates"), Set.of(OutputFormats.installed().parse("pdf")));
    }

    private ArchiveLocation location(String out) {
        return ArchiveLocation.of(null, dir.resolve(out));
    }

    private static LetterFiles files(CampaignRun run, ArchiveLocation location) {
        return new LetterFiles(location.files().resolve(run.data().campaign().id()));
    }

    /** The temporary files in {@code folder} (none when it does not exist). */
    private static List<Path> staged(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    /** Every file under {@code out} but the archive's own, by path, with its hash. */
    private Map<String, String> letterFiles(String out) throws IOException {
        Path root = dir.resolve(out);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".pdf"))
                    .collect(Collectors.toMap(f -> root.relativize(f).toString(), EarlyLettersTest::sha256, (a, b) -> a,
                            TreeMap::new));
        }
    }

    private static String sha256(Path file) {
        try {
            return Sha256.ofFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachLetterThatPassesItsCheckIsRenderedThenAndTakenWhenPlannedWithItsSequence() throws IOException {
        CampaignRun run = run();
        ArchiveLocation location = location("out");
        LetterFiles files = files(run, location);
        try (EarlyLetters early = EarlyLetters.of(run, location, files, Set.of(), 2)) {
            assertThat(run.check(2, n -> {
            }, early)).isEmpty();
            List<Recipient> recipients = run.data().recipients();
            for (int i = 0; i < recipients.size(); i++) {
                LetterContext planned = run.merge(recipients.get(i), i + 1);
                // the French letter too: every letter in a language holds the same translated surveys
                Prerenderer.Staged taken = early.take(planned).orElseThrow().join();
                assertThat(taken).as(planned.recipient().id()).isNotNull();
                Path pdf = taken.files().values().iterator().next();
                // staged on the disk, the bytes of the letter made again in line, and no longer held in memory
                assertThat(Files.readAllBytes(pdf)).isEqualTo(run.render(run.prepare(planned)).files().get(0).bytes());
                assertThat(taken.letter().files()).allSatisfy(f -> assertThat(f.bytes()).isNull());
                assertThat(taken.placeable()).isTrue();
                LetterFiles.unstage(taken.files());
            }
        }
    }

    /** A demo campaign of {@code recipients} fictional companies, with the bundled templates. */
    private CampaignRun demo(int recipients) {
        DemoCampaign.write(dir.resolve("demo"), recipients);
        return Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(dir.resolve("demo")),
                dir.resolve("campaign/templates"), Set.of(OutputFormats.installed().parse("pdf")));
    }

    @Test
    void theCampaignsLastEighthIsRenderedAfterTheCheckWhileItsFirstLettersAreIssued() {
        CampaignRun run = demo(20);
        List<Recipient> recipients = run.data().recipients();
        ArchiveLocation location = location("out");
        try (EarlyLetters early = EarlyLetters.of(run, location, files(run, location), Set.of(), 2)) {
            run.check(2, n -> {
            }, early);
            assertThat(early.take(run.merge(recipients.get(17), 18)).orElseThrow().join()).isNotNull();
            // the last 20 / 8 = 2 are left for after the check
            assertThat(early.take(run.merge(recipients.get(19), 20))).isEmpty();
            early.afterCheck();
            LetterContext last = run.merge(recipients.get(19), 20);
            Prerenderer.Staged staged = early.take(last).orElseThrow().join();
            assertThat(staged).isNotNull();
            assertThat(sha256(staged.files().values().iterator().next())).isEqualTo(Sha256.of(run.render(run.prepare(
                    last)).files().get(0).bytes()));
        }
    }

    @Test
    void aDemoCampaignIssuedWithLettersRenderedInAndAfterItsCheckIsTheCampaignIssuedWithout() throws IOException {
        CampaignRun run = demo(20);
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location("early"), CLOCK, QUIET);
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location("after"), CLOCK, QUIET, run.data()
                .recipients().stream().map(Recipient::id).collect(Collectors.toSet()));
        assertThat(letterFiles("early")).hasSizeGreaterThan(20).isEqualTo(letterFiles("after"));
    }

    @Test
    void aLetterPlannedWithAnotherSequenceIsNotTakenAndWhatWasRenderedForItIsDeleted() throws IOException {
        CampaignRun run = run();
        ArchiveLocation location = location("out");
        LetterFiles files = files(run, location);
        try (EarlyLetters early = EarlyLetters.of(run, location, files, Set.of(), 1)) {
            run.check(1, n -> {
            }, early);
            Recipient first = run.data().recipients().get(0);
            String name = FileNames.letterBaseName(run.merge(first, 1));
            assertThat(early.take(run.merge(first, 7)).orElseThrow().join()).isNull();
            assertThat(staged(files.folder())).noneMatch(f -> f.getFileName().toString().startsWith(name));
            // asked again, it is gone: the plan renders it in line
            assertThat(early.take(run.merge(first, 1))).isEmpty();
        }
        // what was never taken is deleted at close, with the folder the early letters made
        assertThat(files.folder()).doesNotExist();
    }

    @Test
    void nothingIsRenderedEarlyForASelectionOrACampaignTheArchiveHasLettersOf() throws IOException {
        CampaignRun run = run();
        ArchiveLocation location = location("out");
        LetterFiles files = files(run, location);
        assertThat(EarlyLetters.of(run, location, files, Set.of("amazon-uk"), 2)).isSameAs(EarlyLetters.NONE);
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location, CLOCK, QUIET, Set.of("amazon-uk"));
        // issued once, its plan gives the others sequence numbers after the letters already issued
        assertThat(EarlyLetters.of(run, location, files, Set.of(), 2)).isSameAs(EarlyLetters.NONE);
        assertThat(EarlyLetters.of(run, location("elsewhere"), files(run, location("elsewhere")), Set.of(), 2))
                .isNotSameAs(EarlyLetters.NONE).satisfies(EarlyLetters::close);
    }

    @Test
    void theListenerHearsBeforeTheCheckWhetherItMakesTheLettersAsTheyPass() throws IOException {
        CampaignRun run = run();
        ArchiveLocation location = location("out");
        List<String> heard = new CopyOnWriteArrayList<>();
        CampaignIssuer.Listener listener = new CampaignIssuer.Listener() {
            @Override
            public void issued(WrittenLetter letter, IssuedLetter record) {
                heard.add("issued");
            }

            @Override
            public void alreadyIssued(IssuedLetter letter, boolean changed) {
                heard.add("already");
            }

            @Override
            public void checked(int checked, int total) {
                heard.add("checked");
            }

            @Override
            public void rendersAsItChecks() {
                heard.add("renders");
            }
        };
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location, CLOCK, listener, Set.of("amazon-uk"));
        assertThat(heard).doesNotContain("renders");
        heard.clear();
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location("fresh"), CLOCK, listener);
        assertThat(heard).first().isEqualTo("renders");
        assertThat(heard).containsOnlyOnce("renders").contains("checked", "issued");
    }

    @Test
    void aCampaignLargerThanTheMostIsCheckedThenRenderedAsItIsIssued() {
        // its letters held for the length of its check would take memory that grows with the campaign
        CampaignRun run = demo(EarlyLetters.MOST + 1);
        ArchiveLocation location = location("out");
        assertThat(EarlyLetters.of(run, location, files(run, location), Set.of(), 2)).isSameAs(EarlyLetters.NONE);
    }

    @Test
    void issuingWithLettersRenderedAsCheckedWritesTheVeryFilesOfARunWithout() throws IOException {
        CampaignRun run = run();
        List<Recipient> recipients = run.data().recipients();
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location("early"), CLOCK, QUIET);
        // a selection of every recipient: the same plan, each letter rendered after the check
        new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location("after"), CLOCK, QUIET, recipients
                .stream().map(Recipient::id).collect(Collectors.toSet()));
        assertThat(letterFiles("early")).hasSizeGreaterThan(recipients.size()).isEqualTo(letterFiles("after"));
        assertThat(staged(dir.resolve("early").resolve(run.data().campaign().id()))).isEmpty();
    }

    @Test
    void withFailuresIsolatedTheLettersAfterAFailureAreTheLettersOfARunWithout() throws IOException {
        // a salutation only the letter prints: the briefing, which names every company, is made
        TestCampaigns.edit(dir.resolve("campaign/data/recipients.csv"), "Priya Raman,,", "Priya Raman,Dear \u682a,");
        CampaignRun run = run();
        IssueReport early = new CampaignIssuer(run, 2, true, Officer.systemUser()).issue(location("early"), CLOCK,
                QUIET);
        new CampaignIssuer(run, 2, true, Officer.systemUser()).issue(location("after"), CLOCK, QUIET, Set.of(
                "amazon-uk", "northwind-home", "sondergaard", "maisonnette"));
        assertThat(early.failures()).singleElement().satisfies(f -> assertThat(f.recipient().id()).isEqualTo(
                "fieldfare"));
        Map<String, String> files = letterFiles("early");
        assertThat(new ArrayList<>(files.keySet())).anySatisfy(f -> assertThat(f).contains("-004-"));
        assertThat(files).isEqualTo(letterFiles("after"));
    }

    @Test
    void aCampaignRefusedForItsLastLetterLeavesNothingOfTheLettersRenderedBefore() throws IOException {
        TestCampaigns.edit(dir.resolve("campaign/data/recipients.csv"), "Maisonnette Connectée SAS",
                "Maisonnette \u682a SAS");
        CampaignRun run = run();
        assertThatThrownBy(() -> new CampaignIssuer(run, 2, false, Officer.systemUser()).issue(location("out"), CLOCK,
                QUIET)).isInstanceOf(InvalidCampaignException.class).hasMessageContaining("maisonnette");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
