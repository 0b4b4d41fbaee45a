package org.briefgen.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.briefgen.merge.LetterContext;

/**
 * Renders letters ahead of the one being issued, on {@code jobs} threads, in the order they will
 * be issued and never more than a few per thread ahead (so memory stays flat however many
 * recipients there are). Issuing itself stays one letter at a time, in order, under the archive's
 * lock; only the rendering, by far the larger part of a letter's cost, runs in parallel. What is
 * rendered is exactly what would be rendered in line (the merge is pure), so the files are the
 * same whatever the number of jobs.
 */
final class Prerenderer implements AutoCloseable {

    private final CampaignRun run;
    private final Iterator<LetterContext> planned;
    private final Deque<Ahead> window = new ArrayDeque<>();
    private final int size;
    private final ExecutorService pool;

    private record Ahead(LetterContext context, CompletableFuture<RenderedLetter> letter) {
    }

    /** Starts rendering {@code planned} letters (in issue order) on {@code jobs} threads. */
    Prerenderer(CampaignRun run, List<LetterContext> planned, int jobs) {
        this.run = run;
        this.planned = planned.iterator();
        this.size = Math.max(1, jobs) * 3;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs), task -> {
            Thread t = new Thread(task, "briefgen-render-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        fill();
    }

    private void fill() {
        while (window.size() < size && planned.hasNext()) {
            LetterContext context = planned.next();
            window.add(new Ahead(context, CompletableFuture.supplyAsync(() -> run.render(run.prepare(context)),
                    pool)));
        }
    }

    /**
     * The letter of {@code context}, rendered ahead if it was planned as it is now, else rendered
     * here. A letter that failed to render throws its failure here, when its turn comes.
     */
    RenderedLetter take(LetterContext context) {
        String recipient = context.recipient().id();
        // letters planned before this one that are not being issued now (issued meanwhile by
        // another run) are dropped
        while (!window.isEmpty() && !window.peek().context().recipient().id().equals(recipient)) {
            window.poll().letter().cancel(false);
            fill();
        }
        Ahead ahead = window.poll();
        fill();
        if (ahead == null || !ahead.context().equals(context)) {
            if (ahead != null) {
                ahead.letter().cancel(false);
            }
            return run.render(run.prepare(context));
        }
        try {
            return ahead.letter().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + recipient, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
