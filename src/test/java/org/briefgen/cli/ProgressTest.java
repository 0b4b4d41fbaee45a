package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The progress lines of a run that is not on a terminal: the check first, then the issuing, each timed on its own. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theIssuingRateAndTimeLeftCountFromTheEndOfTheCheckNotFromTheStart() {
        long[] now = {0};
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(100, new PrintWriter(err, true), false, () -> now[0])) {
            now[0] = 6 * SECOND;
            progress.checked(50, 100);
            now[0] = 12 * SECOND;
            progress.checked(100, 100);
            // the first letter is issued 12 s in, then one every 1/8 s
            for (int letter = 0; letter < 60; letter++) {
                now[0] = 12 * SECOND + letter * SECOND / 8;
                progress.step();
            }
        }
        assertThat(err.toString().lines()).containsExactly(
                "checking: 50 of 100 letters, 8 letters/s, about 6 s left",
                "progress: 41 of 100 letters, 8 letters/s, about 7 s left");
    }

    @Test
    void aCheckThatMakesEachLetterAsItPassesSaysSo() {
        long[] now = {0};
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(100, new PrintWriter(err, true), false, () -> now[0])) {
            progress.rendersAsItChecks();
            now[0] = 10 * SECOND;
            progress.checked(50, 100);
            now[0] = 20 * SECOND;
            progress.checked(100, 100);
        }
        // the check runs at the rate letters are made: a user reading "checking" alone would wonder why it is slow
        assertThat(err.toString().lines()).containsExactly(
                "checking and making: 50 of 100 letters, 5 letters/s, about 10 s left");
    }

    @Test
    void anApprovalShowsTheLettersDigestedEveryFewSeconds() {
        long[] now = {0};
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of("Digesting", false, new PrintWriter(err, true), () -> now[0])) {
            for (int done = 16; done <= 160; done += 16) {
                now[0] = done * SECOND / 16;
                progress.checked(done, 160);
            }
        }
        assertThat(err.toString().lines())
                .containsExactly("digesting: 80 of 160 letters, 16 letters/s, about 5 s left");
    }
}
