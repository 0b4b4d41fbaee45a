package org.briefgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.PreparedLetter;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.render.HouseStyle;

/**
 * Letters for tests: the bundled campaign's as documents, small documents made by hand, and whole
 * campaigns issued as {@code briefgen generate} issues them.
 */
public final class TestLetters {

    private static final CampaignIssuer.Listener QUIET = new CampaignIssuer.Listener() {
        @Override
        public void issued(WrittenLetter letter, IssuedLetter record) {
        }

        @Override
        public void alreadyIssued(IssuedLetter letter, boolean changed) {
        }
    };

    private static CampaignRun run;

    private TestLetters() {
    }

    public static synchronized CampaignRun bundled() {
        if (run == null) {
            run = Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                    TestCampaigns.TEMPLATES);
        }
        return run;
    }

    /** The bundled campaign's letter to its {@code index}-th recipient (0 is Amazon UK). */
    public static PreparedLetter letter(int index) {
        return bundled().prepare(bundled().data().recipients().get(index), index + 1);
    }

    /**
     * Issues {@code run}'s campaign into {@code out/<campaign-id>/} as {@code briefgen generate} does,
     * recorded in an archive of its own that is then thrown away (so {@code out} can be issued into
     * again); the letters written, in the recipients' order.
     */
    public static List<WrittenLetter> issue(CampaignRun run, Path out) {
        Path archive = temporaryFolder();
        try {
            ArchiveLocation location = ArchiveLocation.of("jdbc:sqlite:" + archive.resolve("archive.sqlite"), out);
            Clock clock = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);
            return new CampaignIssuer(run).issue(location, clock, QUIET).written();
        } finally {
            delete(archive);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("briefgen-archive");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            // a leftover in the temporary folder must not hide what the test is about
        }
    }

    public static Document amazon() {
        return letter(0).document();
    }

    public static HouseStyle style() {
        return HouseStyle.load(Path.of("templates/style.yaml"));
    }

    /** A document without a letter frame holding {@code blocks}, dated 2024-03-05. */
    public static Document of(Block... blocks) {
        return new Document(new DocumentInfo("Test", "Tester", "", "en-GB", "T-1", List.of(), LocalDate.of(2024, 3, 5)),
                null, List.of(blocks), List.of());
    }

    public static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }
}
