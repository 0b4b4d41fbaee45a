package org.briefgen.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.briefgen.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code archive verify} of 15,000 letters under a 28 MB heap: it reads the letters (for the hash check,
 * then for the signatures) and the deliveries a page at a time, and looks up each sending's letter alone,
 * so its memory does not grow with the archive. Reading every letter whole, as it did, it ran out of
 * memory here even under 32 MB; now it passes under 24 MB (not 16). The archive is seeded directly.
 */
class LargeVerifyTest {

    private static final int LETTERS = 15_000;

    @TempDir
    Path dir;

    @Test
    void fifteenThousandLettersVerifyUnderA28MegabyteHeap() throws Exception {
        Path out = dir.resolve("out");
        SeededArchive.seed(dir.resolve("demo"), out, LETTERS);

        ForkedJvm.Result run = ForkedJvm.run("28m", Main.class, dir, "archive", "verify", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("intact: " + LETTERS + " letters");
    }
}
