package org.briefgen.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four officers issue the same campaign at the same moment, each from their own process, on
 * overlapping lists of recipients, into one PostgreSQL archive and one output folder.
 */
class ConcurrentIssuingTest {

    private static final int RECIPIENTS = 24;

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    /** A copy of the demo campaign in {@code data} with only the recipients {@code from} to {@code to} (1-based). */
    private static Path subset(Path data, Path copy, int from, int to) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(data.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        List<String> lines = Files.readAllLines(data.resolve("recipients.csv"), StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        kept.addAll(lines.subList(from, to + 1));
        Files.write(copy.resolve("recipients.csv"), kept, StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void fourRunsAtOnceIssueEveryRecipientOnceWithReferencesWithoutGaps() throws Exception {
        Path out = dir.resolve("out");
        String url = databases.url(ArchiveDatabases.Kind.POSTGRESQL, out);
        Path demo = dir.resolve("demo");
        assertThat(Cli.run("demo", "--recipients", String.valueOf(RECIPIENTS), "--data", demo.toString()).code())
                .isZero();
        // overlapping lists: every recipient is on two or three of them
        int[][] ranges = {{1, 12}, {7, 18}, {13, 24}, {1, 24}};
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < ranges.length; i++) {
            Path data = subset(demo, dir.resolve("data-" + i), ranges[i][0], ranges[i][1]);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.briefgen.cli.Main", "generate",
                    "--data", data.toString(), "--out", out.toString(), "--formats", "docx", "--jobs", "1")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("run-" + i + ".log").toFile());
            // the archive from the environment, as an officer's shell would set it
            pb.environment().put("BRIEFGEN_ARCHIVE", url);
            runs.add(pb.start());
        }
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(runs.get(i).exitValue()).as(Files.readString(dir.resolve("run-" + i + ".log"))).isZero();
        }

        try (Archive archive = Archives.openExisting(new ArchiveLocation(url, out), java.time.Clock.systemUTC())) {
            List<IssuedLetter> letters = archive.letters();
            assertThat(letters).extracting(IssuedLetter::recipientId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, RECIPIENTS).mapToObj(n -> "r" + n)
                            .toList());
            assertThat(letters).extracting(IssuedLetter::sequence).containsExactlyElementsOf(IntStream.rangeClosed(1,
                    RECIPIENTS).boxed().toList());
            assertThat(archive.verify().mismatches()).isEmpty();
            // every letter's file on disk is one the archive records, and nothing half-written is left
            Set<String> recorded = new HashSet<>();
            letters.forEach(l -> l.files().stream().map(RecordedFile::path).forEach(recorded::add));
            try (Stream<Path> files = Files.walk(out.resolve("demo-" + RECIPIENTS))) {
                List<String> onDisk = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()
                        .replace('\\', '/')).filter(p -> p.contains("/DEMO-")).toList();
                assertThat(onDisk).isNotEmpty().allMatch(recorded::contains);
            }
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(".part"));
            }
        }
        String all = String.join("\n", IntStream.range(0, runs.size()).mapToObj(i -> {
            try {
                return Files.readString(dir.resolve("run-" + i + ".log"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
        // the runs overlapped: some found letters the others had issued
        assertThat(all).contains("already issued");
    }
}
