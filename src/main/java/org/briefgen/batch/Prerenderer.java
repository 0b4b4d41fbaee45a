package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.briefgen.archive.rules.LetterDigest;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.campaign.Recipient;
import org.briefgen.files.Sha256;
import org.briefgen.merge.LetterContext;

/**
 * Renders letters ahead of the ones being issued, on {@code jobs} threads, in the order they will
 * be issued and never more than a fixed number ahead (so memory stays flat however many
 * recipients there are), and stages their files: writes them under temporary names and forces
 * them to the disk, on threads of their own, so that waiting for the disk holds up neither the
 * rendering nor the archive. Issuing itself stays in order, under the archive's lock, and only
 * renames. What is rendered is exactly what would be rendered in line (the merge is pure), so the
 * files are the same whatever the number of jobs. A letter rendered while the campaign was checked
 * ({@link EarlyLetters}) is taken as it is when it is the one planned; those ready do not count
 * against the fixed number (they are held as their staged files' names, in a campaign of at most
 * {@link EarlyLetters#MOST} letters).
 */
final class Prerenderer implements AutoCloseable {

    private final CampaignRun run;
    private final LetterFiles files;
    private final Iterator<LetterContext> planned;
    private final Deque<Ahead> window = new ArrayDeque<>();
    private final int size;
    private final ExecutorService pool;
    private final ExecutorService disk;
    private final EarlyLetters early;
    /** Letters of the window being rendered here. */
    private int rendering;

    /**
     * A letter rendered ahead, and its files staged in the campaign's folder (by file name), with what the archive
     * records of them worked out from their bytes as they were staged (on the disk's threads, not the issuing one):
     * each file's SHA-256 (by file name) and the letter's digest.
     */
    record Staged(RenderedLetter letter, Map<String, Path> files, Map<String, String> sha256, String digest) {

        /** {@code letter}'s files staged by {@code files}; without their bytes unless {@code keepBytes}. */
        static Staged of(RenderedLetter letter, LetterFiles files, boolean keepBytes) throws IOException {
            Map<String, Path> staged = files.stage(letter);
            Map<String, String> sha256 = new java.util.HashMap<>();
            letter.files().forEach(f -> sha256.put(f.name(), Sha256.of(f.bytes())));
            return new Staged(keepBytes ? letter : letter.withoutBytes(), staged, Map.copyOf(sha256), LetterDigest
                    .sha256(letter.letter().context()));
        }

        /** Whether every file can be put in place: from its bytes, or its staged file still on the disk. */
        boolean placeable() {
            return letter.files().stream().allMatch(f -> f.bytes() != null || files.containsKey(f.name()) && Files
                    .exists(files.get(f.name())));
        }
    }

    /** {@code rendering}: being rendered here, not taken from the letters rendered early. */
    private record Ahead(LetterContext context, CompletableFuture<Staged> letter, boolean rendering) {
    }

    /**
     * Starts rendering {@code planned} letters (in issue order) on {@code jobs} threads and staging
     * their files into {@code files}' folder, keeping {@code ahead} letters beyond those taken.
     */
    Prerenderer(CampaignRun run, LetterFiles files, Iterator<LetterContext> planned, int jobs, int ahead) {
        this(run, files, planned, jobs, ahead, EarlyLetters.NONE);
    }

    /** As above, taking the letters {@code early} rendered while the campaign was checked, when they are those planned. */
    Prerenderer(CampaignRun run, LetterFiles files, Iterator<LetterContext> planned, int jobs, int ahead,
            EarlyLetters early) {
        this.early = early;
        this.run = run;
        this.files = files;
        this.planned = planned;
        this.size = Math.max(1, ahead);
        this.pool = Executors.newFixedThreadPool(Math.max(1, jobs), new DaemonThreads("briefgen-render-"));
        this.disk = Executors.newFixedThreadPool(Math.max(2, jobs), new DaemonThreads("briefgen-stage-"));
        fill();
    }

    /**
     * The letters to {@code recipients}, in their order, each merged when it is asked for (so the plan
     * holds no letter in memory) with the reference {@code references} gives it next.
     */
    static Iterator<LetterContext> plan(CampaignRun run, Iterator<Recipient> recipients,
            ReferenceAllocator references) {
        return plan(run, recipients, references, EarlyLetters.NONE);
    }

    /** As above, each letter {@code early} rendered with the sequence number planned taken as merged. */
    static Iterator<LetterContext> plan(CampaignRun run, Iterator<Recipient> recipients,
            ReferenceAllocator references, EarlyLetters early) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return recipients.hasNext();
            }

            @Override
            public LetterContext next() {
                Recipient recipient = recipients.next();
                return references.next(sequence -> early.merged(recipient, sequence).orElseGet(() -> run.merge(
                        recipient, sequence)));
            }
        };
    }

    /**
     * Plans letters until {@code size} are being rendered: the letters rendered early, ready, do not count,
     * so the workers render the first letters after them while those are issued.
     */
    private void fill() {
        while (rendering < size && planned.hasNext()) {
            LetterContext context = planned.next();
            Optional<CompletableFuture<Staged>> early = this.early.take(context);
            if (early.isPresent()) {
                // one still being rendered counts as rendering
                boolean rendered = early.get().isDone();
                window.add(new Ahead(context, early.get(), !rendered));
                if (!rendered) {
                    rendering++;
                }
            } else {
                window.add(new Ahead(context, CompletableFuture.supplyAsync(() -> run.render(run.prepare(context)),
                        pool).thenApplyAsync(this::stage, disk), true));
                rendering++;
            }
        }
    }

    private Staged stage(RenderedLetter letter) {
        try {
            return Staged.of(letter, files, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + files.folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The letter planned for {@code recipient}, waiting for it to be rendered and staged; empty when
     * the next planned letter is not this recipient's (none was planned for it). A letter that
     * failed to render throws its failure here, when its turn comes.
     */
    Optional<Staged> take(Recipient recipient) {
        Ahead next = window.peek();
        if (next == null || !next.context().recipient().id().equals(recipient.id())) {
            return Optional.empty();
        }
        window.poll();
        if (next.rendering()) {
            rendering--;
        }
        fill();
        try {
            // none when the letter rendered early turned out not to be the one planned: rendered in line
            return Optional.ofNullable(next.letter().get());
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

    /**
     * Stops rendering, waits for the letters being rendered and staged, and deletes the staged files of
     * letters not taken. Not left to the next run: the next run in this process (the workbench's) would not
     * touch a temporary file of a process still alive.
     */
    @Override
    public void close() {
        // letters not yet begun are dropped; one being rendered is staged, or refused by the disk's closed pool
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.MINUTES);
            disk.shutdown();
            disk.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Ahead ahead : window) {
            if (ahead.letter().isDone() && !ahead.letter().isCompletedExceptionally()
                    && ahead.letter().join() != null) {
                LetterFiles.unstage(ahead.letter().join().files());
            }
        }
    }
}
