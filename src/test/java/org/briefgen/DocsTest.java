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

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
