package org.briefgen.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * Renders letters ahead of the ones being issued, on {@code jobs} threads, in the order they will
 * be issued and never more than a fixed number ahead (so memory stays flat however many
 * recipients there are). Issuing itself stays in order, under the archive's lock; only the
 * rendering, by far the larger part of a letter's cost, runs in parallel. What is rendered is
 * exactly what would be rendered in line (the merge is pure), so the files are the same whatever
 * the number of jobs.
 */
final class Prerenderer implements AutoCloseable {

    private final CampaignRun run;
    private final Iterator<LetterContext> planned;
    private final Deque<Ahead> window = new ArrayDeque<>();
    private final int size;
    private final ExecutorService pool;

    private record Ahead(LetterContext context, CompletableFuture<RenderedLetter> letter) {
    }

    /**
     * Starts rendering {@code planned} letters (in issue order) on {@code jobs} threads, keeping
     * {@code ahead} letters rendered or being rendered beyond those taken.
     */
    Prerenderer(CampaignRun run, List<LetterContext> planned, int jobs, int ahead) {
        this.run = run;
        this.planned = planned.iterator();
        this.size = Math.max(1, ahead);
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs), CampaignRun.daemon("briefgen-render-"));
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
     * The letter planned for {@code recipient}, waiting for it to be rendered; empty when the next
     * planned letter is not this recipient's (none was planned for it). A letter that failed to
     * render throws its failure here, when its turn comes.
     */
    Optional<RenderedLetter> take(Recipient recipient) {
        Ahead next = window.peek();
        if (next == null || !next.context().recipient().id().equals(recipient.id())) {
            return Optional.empty();
        }
        window.poll();
        fill();
        try {
            return Optional.of(next.letter().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + recipient.id(), e);
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
