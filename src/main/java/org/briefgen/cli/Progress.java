package org.briefgen.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a long run shows it is alive, in two phases: checking every letter, then issuing them. On a
 * terminal a progress bar for each (letters/s and time left); otherwise a line every few seconds,
 * beside the letters' own lines; nothing when quiet. The issuing phase's rate and time left count
 * from its own start, not from the check's.
 */
final class Progress implements AutoCloseable {

    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final int total;
    private final PrintWriter err;
    private final boolean bars;
    private final LongSupplier clock;
    private String task = "Checking";
    private ProgressBar bar;
    private long phaseStart;
    private long lastLine;
    private boolean issuing;
    private int done;

    Progress(int total, PrintWriter err, boolean bars, LongSupplier clock) {
        this.total = total;
        this.err = err;
        this.bars = bars;
        this.clock = clock;
        this.phaseStart = clock.getAsLong();
        this.lastLine = phaseStart;
    }

    /** Bars when {@code terminal} and the run is long enough to want them; else periodic lines. */
    static Progress start(int total, boolean terminal, boolean quiet, PrintWriter err) {
        return new Progress(total, quiet ? null : err, !quiet && terminal && total >= 20, System::nanoTime);
    }

    /**
     * As {@link #start}, for a run whose one phase is {@code task} ("Digesting"): shown through
     * {@link #checked}, on a bar or in lines that begin with it.
     */
    static Progress of(String task, boolean terminal, PrintWriter err) {
        return of(task, terminal, err, System::nanoTime);
    }

    static Progress of(String task, boolean terminal, PrintWriter err, LongSupplier clock) {
        Progress progress = new Progress(0, err, terminal, clock);
        progress.task = task;
        return progress;
    }

    /** Whether each letter's own line should be printed (not under a bar, not when quiet). */
    boolean linesWanted() {
        return !bars && err != null;
    }

    /**
     * The check makes each letter as it passes: its bar and lines say so ("Checking and making"), as
     * it takes the time the making takes. Heard before the check's first step.
     */
    void rendersAsItChecks() {
        if (bar == null && !issuing) {
            task = "Checking and making";
        }
    }

    /** The check before issuing has got through {@code checked} of {@code of} letters. */
    void checked(int checked, int of) {
        if (err == null || issuing) {
            return;
        }
        if (bars) {
            if (bar == null) {
                bar = bar(task, of);
            }
            bar.stepTo(checked);
            if (checked >= of) {
                bar.close();
                bar = null;
            }
            return;
        }
        long now = clock.getAsLong();
        if (now - lastLine >= EVERY_NANOS && checked < of) {
            lastLine = now;
            double rate = checked / ((now - phaseStart) / 1e9);
            err.printf(Locale.ROOT, "%s: %d of %d letters, %.0f letters/s, about %.0f s left%n", task.toLowerCase(
                    Locale.ROOT), checked, of, rate, (of - checked) / Math.max(rate, 1e-9));
            err.flush();
        }
    }

    /** One more letter issued (or found issued before). */
    void step() {
        if (!issuing) {
            issuing = true;
            phaseStart = clock.getAsLong();
            lastLine = phaseStart;
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
        done++;
        if (bars) {
            if (bar == null) {
                bar = bar("Issuing", total);
            }
            bar.step();
            return;
        }
        long now = clock.getAsLong();
        if (err != null && now - lastLine >= EVERY_NANOS && done < total) {
            lastLine = now;
            double rate = done / ((now - phaseStart) / 1e9);
            err.printf(Locale.ROOT, "progress: %d of %d letters, %.0f letters/s, about %.0f s left%n", done, total,
                    rate, (total - done) / Math.max(rate, 1e-9));
            err.flush();
        }
    }

    private static ProgressBar bar(String task, int max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" letters", 1).showSpeed().setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
