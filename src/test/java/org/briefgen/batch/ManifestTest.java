package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.files.Sha256;
import org.briefgen.scale.ForkedJvm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest is written from the archive read a page at a time: the same files as written from
 * every letter held at once, and in memory that does not grow with the letters (at 20,000 letters,
 * holding them all was the largest part of {@code generate}'s memory, at the very end of the run).
 */
class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void readInPagesTheManifestIsTheOneWrittenFromEveryLetter() throws Exception {
        // two campaigns' letters interleaved, across several pages (and a page boundary inside a run of one)
        int count = ArchiveInPages.PAGE * 2 + 76; // the last a letter of "demo"
        List<IssuedLetter> all = new Letters(count).letters(0, count);
        Path paged = dir.resolve("paged");
        Path whole = dir.resolve("whole");
        Files.createDirectories(paged);
        Files.createDirectories(whole);

        Manifest.write(paged, Manifest.letters(new Letters(count), "demo"));
        Manifest.write(whole, all.stream().filter(l -> l.campaign().equals("demo")).toList());

        for (String name : List.of("manifest.csv", "manifest.json")) {
            assertThat(Files.readString(paged.resolve(name))).isEqualTo(Files.readString(whole.resolve(name)));
        }
        List<String> csv = Files.readAllLines(paged.resolve("manifest.csv"));
        assertThat(csv).hasSize(1 + 2 * (count - count / 3)); // two files a letter
        assertThat(csv.get(1)).startsWith("C-1,r1,");
        assertThat(csv.get(csv.size() - 1)).startsWith("C-" + count + ",");
    }

    @Test
    void aHundredThousandLettersManifestUnderA32MegabyteHeap() throws Exception {
        // some 1.5 KB a letter: held at once, 100,000 letters would need several times the heap
        ForkedJvm.Result run = ForkedJvm.run("32m", ManifestTest.class, dir, dir.toString(), "100000");

        assertThat(run.exit()).as(run.err()).isZero();
        // every third letter is another campaign's
        assertThat(Files.readAllLines(dir.resolve("manifest.csv"))).hasSize(1 + 2 * (100_000 - 33_333)); // two files a letter
        assertThat(Files.size(dir.resolve("manifest.json"))).isGreaterThan(66_667L * 300);
    }

    /** Writes the manifest of {@code args[1]} made-up letters into folder {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Manifest.write(Path.of(args[0]), Manifest.letters(new Letters(Integer.parseInt(args[1])), "demo"));
    }

    /** Letter {@code n} of {@code campaign}, its texts its own (none shared with another letter). */
    static IssuedLetter letter(int n, String campaign) {
        String sha = Sha256.of("letter " + n);
        return new IssuedLetter(n, "C-" + n, campaign, "Cloud analytics " + n, "Subject of letter " + n,
                "Privacy International", n, "r" + n, "Company number " + n + " Ltd", "email,post", LocalDate.of(2020,
                        1, 7),
                LocalDate.of(2020, 1, 21), Sha256.of("data " + n), 2, Sha256.of("templates " + n), null,
                "2020-01-07T10:00:00Z", List.of(new RecordedFile(campaign + "/C-" + n + ".pdf", 80_000 + n, sha),
                        new RecordedFile(campaign + "/C-" + n + ".eml", 120_000 + n, Sha256.of("eml " + n))),
                Sha256.of("row " + (n - 1)), Sha256.of("row " + n), "officer-" + n);
    }

    /** An archive of {@code count} letters, made as each page is asked for. */
    private record Letters(int count) implements ArchiveInPages {

        @Override
        public List<String> campaigns() {
            return List.of("demo", "other");
        }

        @Override
        public List<IssuedLetter> letters(int after, int limit) {
            List<IssuedLetter> page = new ArrayList<>();
            for (int n = after + 1; n <= Math.min(count, after + limit); n++) {
                page.add(letter(n, n % 3 == 0 ? "other" : "demo"));
            }
            return page;
        }

        @Override
        public List<DeliveryRow> deliveries(int after, int limit) {
            throw new UnsupportedOperationException("the manifest reads letters only");
        }

        @Override
        public Companies companies(String campaign, LocalDate asOf, int after, int limit) {
            throw new UnsupportedOperationException("the manifest reads letters only");
        }
    }
}
