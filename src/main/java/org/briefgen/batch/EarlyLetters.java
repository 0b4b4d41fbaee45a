package org.briefgen.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * Letters rendered while the campaign is checked: each letter that passes its check is rendered there
 * and then, from the letter the check made, and its files staged (written under temporary names and
 * forced to the disk) for the issuing that follows the check to rename into place. So a letter is
 * merged, templated and read once, not once to be checked and again to be issued.
 *
 * <p>The check makes each recipient's letter with the recipient's place in the campaign as its sequence
 * number; the issuing's plan gives the same numbers only to a campaign the archive holds no letter of
 * yet, all its recipients asked for. So letters are rendered early only then, with no approval to wait
 * for, and only until a letter fails its check: a refused campaign is refused, and with failures
 * isolated the letters after a failure take other numbers. The campaign's last eighth ({@link #LEFT})
 * is not rendered in the check but {@link #afterCheck after} it, while the first letters are issued:
 * issuing (renames, hashes, the archive's rows) runs on one thread, and with nothing to render
 * meanwhile the other cores would wait for it. What the plan does not take as it is (a letter merged
 * differently, or one that failed to render or stage) is made again in line, where its failure is
 * reported. Only for a campaign of at most {@link #MOST} letters, each held as its staged files' names
 * until it is issued: a larger campaign is checked, then rendered as it is issued, so that its memory
 * stays what it is for 2,000 letters (held for the length of a 20,000-letter check, they took some
 * 5 MB more at its peak); what is not taken is deleted at {@link #close}, with the campaign's folder
 * when this made it and nothing else is in it.
 */
final class EarlyLetters implements AutoCloseable {

    /** The largest campaign whose letters are rendered early. */
    static final int MOST = 2_048;

    /** The share of a campaign rendered after its check rather than in it: 1 in LEFT, the last ones. */
    static final int LEFT = 8;

    /** Renders nothing early. */
    static final EarlyLetters NONE = new EarlyLetters(null, null, 0);

    private final CampaignRun run;
    private final LetterFiles files;
    private final boolean folderWasThere;
    private final Map<String, CompletableFuture<Prerenderer.Staged>> made = new ConcurrentHashMap<>();
    /** Every letter rendered early, taken or not: what was staged and never renamed is deleted at close. */
    private final Queue<CompletableFuture<Prerenderer.Staged>> every = new ConcurrentLinkedQueue<>();
    /** The highest sequence number rendered in the check; those after it are rendered after the check. */
    private final int inCheck;
    private final int jobs;
    private final ExecutorService disk;
    private ExecutorService after;
    /** Rendered letters (bytes and document) waiting for the disk, at most: bounded however slow the disk. */
    private final Semaphore waiting;
    private boolean stopped;

    private EarlyLetters(CampaignRun run, LetterFiles files, int jobs) {
        this.run = run;
        this.files = files;
        this.jobs = Math.max(1, jobs);
        this.folderWasThere = files == null || Files.isDirectory(files.folder());
        this.stopped = run == null;
        int recipients = run == null ? 0 : run.data().recipients().size();
        this.inCheck = recipients - recipients / LEFT;
        this.disk = run == null ? null : Executors.newFixedThreadPool(Math.max(2, jobs), new DaemonThreads(
                "briefgen-stage-"));
        this.waiting = new Semaphore(4 * this.jobs);
    }

    /**
     * Letters rendered early into {@code files}' folder for a run issuing to {@code only} (every recipient
     * when empty) into the archive at {@code location}, on the check's {@code jobs} threads; {@link #NONE}
     * when the issuing's plan would not give the check's sequence numbers.
     */
    static EarlyLetters of(CampaignRun run, ArchiveLocation location, LetterFiles files, Set<String> only, int jobs) {
        int recipients = run.data().recipients().size();
        if (!only.isEmpty() || Approvals.required(run) || recipients == 0 || recipients > MOST) {
            return NONE;
        }
        try {
            Optional<Archive> archive = Archives.openReadOnly(location);
            try {
                if (archive.isPresent() && archive.get().pages().campaigns().contains(run.data().campaign().id())) {
                    return NONE;
                }
            } finally {
                archive.ifPresent(Archive::close);
            }
        } catch (RuntimeException e) {
            // an archive that cannot be read here is opened, and its fault reported, when the letters are issued
            return NONE;
        }
        return new EarlyLetters(run, files, jobs);
    }

    /** Whether letters are rendered as they pass the check (not for {@link #NONE}). */
    boolean renders() {
        return run != null;
    }

    /**
     * A letter that passed its check, as the check made it: rendered here, on the checking thread, and
     * its files staged on a thread of their own.
     */
    void passed(Recipient recipient, PreparedLetter letter) {
        if (letter.context().letter().sequence() > inCheck) {
            return;
        }
        CompletableFuture<Prerenderer.Staged> staged;
        synchronized (this) {
            if (stopped) {
                return;
            }
            staged = expected(recipient);
        }
        renderAndStage(() -> letter, staged, true);
    }

    /** The letter {@code recipient} will have rendered early, noted as such (called holding this object's lock). */
    private CompletableFuture<Prerenderer.Staged> expected(Recipient recipient) {
        CompletableFuture<Prerenderer.Staged> staged = new CompletableFuture<>();
        made.put(recipient.id(), staged);
        every.add(staged);
        return staged;
    }

    /**
     * The check passed: renders the letters after those rendered in it, on threads
     * of their own, while the first letters are issued; then the briefing, which is otherwise made once
     * the last letter is issued, on one core.
     */
    void afterCheck() {
        List<Recipient> recipients = run == null ? List.of() : run.data().recipients();
        int end = recipients.size();
        synchronized (this) {
            if (stopped) {
                return;
            }
            after = Executors.newFixedThreadPool(jobs, new DaemonThreads("briefgen-render-"));
            for (int i = inCheck; i < end; i++) {
                Recipient recipient = recipients.get(i);
                int sequence = i + 1;
                CompletableFuture<Prerenderer.Staged> staged = expected(recipient);
                after.execute(() -> renderAndStage(() -> run.prepare(recipient, sequence), staged, false));
            }
            after.execute(() -> {
                try {
                    run.briefingAhead();
                } catch (RuntimeException | Error e) {
                    // made again when it is written, which reports its failure (out of memory too: the
                    // run's own thread tells it, once, not a thread of this)
                }
            });
        }
    }

    /**
     * Renders the letter {@code prepare} makes here, and stages its files on the disk's threads into {@code staged};
     * an error of the Java machine is thrown on here when {@code throwErrors} (on the check's thread, which tells
     * it at once, as the first one thrown, with its trace).
     */
    private void renderAndStage(Supplier<PreparedLetter> prepare, CompletableFuture<Prerenderer.Staged> staged,
            boolean throwErrors) {
        RenderedLetter rendered;
        try {
            rendered = run.render(prepare.get());
            waiting.acquire();
        } catch (RuntimeException | Error e) {
            // made again in line, where its failure is reported as the run reports it (out of memory too:
            // told once, by the run's own thread); after an error of the Java machine, nothing more early
            staged.completeExceptionally(e);
            if (e instanceof Error error) {
                failed();
                if (throwErrors) {
                    throw error;
                }
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            staged.cancel(false);
            return;
        }
        try {
            disk.execute(() -> {
                try {
                    staged.complete(Prerenderer.Staged.of(rendered, files, false));
                } catch (IOException | RuntimeException | Error e) {
                    staged.completeExceptionally(e);
                } finally {
                    waiting.release();
                }
            });
        } catch (RejectedExecutionException e) {
            // closed meanwhile
            waiting.release();
            staged.cancel(false);
        }
    }

    /** A letter failed its check: no more are rendered early. */
    synchronized void failed() {
        stopped = true;
    }

    /**
     * The letter rendered early for {@code recipient}, when it is ready and was made with {@code sequence}:
     * the plan takes it as its merge (the merge is pure) rather than merging the letter again.
     */
    Optional<LetterContext> merged(Recipient recipient, int sequence) {
        CompletableFuture<Prerenderer.Staged> letter = made.get(recipient.id());
        if (letter == null || !letter.isDone() || letter.isCompletedExceptionally() || letter.isCancelled()) {
            return Optional.empty();
        }
        LetterContext context = letter.join().letter().letter().context();
        return context.letter().sequence() == sequence ? Optional.of(context) : Optional.empty();
    }

    /**
     * The letter rendered early for {@code context}'s recipient, as it will be once rendered and staged:
     * the staged letter when it is the letter of {@code context} (its staged files are then the caller's),
     * null when it is not or could not be made (what was made for it is then deleted). Empty when none
     * was rendered early for the recipient.
     */
    Optional<CompletableFuture<Prerenderer.Staged>> take(LetterContext context) {
        CompletableFuture<Prerenderer.Staged> letter = made.remove(context.recipient().id());
        if (letter == null) {
            return Optional.empty();
        }
        return Optional.of(letter.handle((staged, failure) -> {
            if (failure != null) {
                return null;
            }
            LetterContext early = staged.letter().letter().context();
            if (early != context && !early.equals(context)) {
                LetterFiles.unstage(staged.files());
                return null;
            }
            return staged;
        }));
    }

    /** Stops rendering, waits for the files being staged, and deletes what was not taken. */
    @Override
    public void close() {
        if (disk == null) {
            return;
        }
        synchronized (this) {
            stopped = true;
            if (after != null) {
                after.shutdownNow();
            }
        }
        try {
            if (after != null) {
                after.awaitTermination(5, TimeUnit.MINUTES);
            }
            disk.shutdown();
            disk.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // those taken too: a letter whose window closed before it was staged was never unstaged (renamed ones are gone)
        for (CompletableFuture<Prerenderer.Staged> letter : every) {
            if (letter.isDone() && !letter.isCompletedExceptionally() && !letter.isCancelled()) {
                LetterFiles.unstage(letter.join().files());
            }
        }
        made.clear();
        every.clear();
        if (!folderWasThere) {
            try {
                // a refused run leaves no folder it made; one holding letters stays
                Files.deleteIfExists(files.folder());
            } catch (IOException e) {
                // not empty
            }
        }
    }
}
