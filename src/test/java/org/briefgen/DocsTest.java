package org.briefgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The maps for engineers stay complete: every package is named in both. */
class DocsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/briefgen");

    /** Every package under org.briefgen, as {@code render.pdf}. */
    static List<String> packages() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.equals(SOURCES)).filter(DocsTest::holdsJava)
                    .map(d -> SOURCES.relativize(d).toString().replace('/', '.')).sorted().toList();
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theArchitectureNotesAndTheContributorGuideNameEveryPackage() throws IOException {
        List<String> packages = packages();
        assertThat(packages).contains("cli", "batch", "render.pdf", "document.markdown");
        for (String doc : List.of("docs/architecture.md", "CONTRIBUTING.md")) {
            String text = Files.readString(Path.of(doc));
            assertThat(packages.stream().filter(p -> !text.contains("`" + p + "`")))
                    .as("packages " + doc + " does not name").isEmpty();
        }
    }

    @Test
    void noSourceFileIsOverThreeHundredLines() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
            assertThat(tooLong).as("split these by job (CONTRIBUTING.md)").isEmpty();
        }
    }

    /** A package is a room with one job: over 35 files, it holds several (issue 25; CONTRIBUTING.md). */
    @Test
    void noPackageHoldsMoreThanThirtyFiveFiles() throws IOException {
        List<String> crowded = new java.util.ArrayList<>();
        for (String p : packages()) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(p.replace('.', '/')))) {
                long count = files.filter(f -> f.toString().endsWith(".java")).count();
                if (count > 35) {
                    crowded.add(p + " (" + count + " files)");
                }
            }
        }
        assertThat(crowded).as("split these into rooms (docs/architecture.md)").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
