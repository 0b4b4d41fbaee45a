package org.briefgen.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long run shows it is alive: on a terminal a progress bar (letters/s and time left);
 * otherwise a line every few seconds, beside the letters' own lines; nothing when quiet.
 */
final class Progress implements AutoCloseable {

    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final int total;
    private final PrintWriter err;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private int done;

    private Progress(int total, PrintWriter err, ProgressBar bar) {
        this.total = total;
        this.err = err;
        this.bar = bar;
    }

    /** A bar when {@code terminal} and the run is long enough to want one; else periodic lines. */
    static Progress start(int total, boolean terminal, boolean quiet, PrintWriter err) {
        if (quiet) {
            return new Progress(total, null, null);
        }
        if (terminal && total >= 20) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName("Issuing").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" letters", 1).showSpeed().setUpdateIntervalMillis(250)
                    .continuousUpdate().build();
            return new Progress(total, err, bar);
        }
        return new Progress(total, err, null);
    }

    /** Whether each letter's own line should be printed (not under a bar, not when quiet). */
    boolean linesWanted() {
        return bar == null && err != null;
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (err != null && now - lastLine >= EVERY_NANOS && done < total) {
            lastLine = now;
            double seconds = (now - start) / 1e9;
            double rate = done / seconds;
            err.printf(Locale.ROOT, "progress: %d of %d letters, %.0f letters/s, about %.0f s left%n", done, total,
                    rate, (total - done) / Math.max(rate, 1e-9));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
