package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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
 * isolated the letters after a failure take other numbers. What the plan does not take as it is (a
 * letter merged differently, or one that failed to render or stage) is made again in line, where its
 * failure is reported. At most {@link #MOST} letters, each held as its staged files' names, so memory
 * stays flat however many recipients; what is not taken is deleted at {@link #close}, with the
 * campaign's folder when this made it and nothing else is in it.
 */
final class EarlyLetters implements AutoCloseable {

    /** Letters rendered early at most: those after are rendered ahead of the issuing, as ever. */
    static final int MOST = 2_048;

    /** Renders nothing early. */
    static final EarlyLetters NONE = new EarlyLetters(null, null, 0);

    private final CampaignRun run;
    private final LetterFiles files;
    private final boolean folderWasThere;
    private final Map<String, CompletableFuture<Prerenderer.Staged>> made = new ConcurrentHashMap<>();
    private final AtomicInteger offered = new AtomicInteger();
    private final ExecutorService disk;
    /** Rendered letters (bytes and document) waiting for the disk, at most: bounded however slow the disk. */
    private final Semaphore waiting;
    private boolean stopped;

    private EarlyLetters(CampaignRun run, LetterFiles files, int jobs) {
        this.run = run;
        this.files = files;
        this.folderWasThere = files == null || Files.isDirectory(files.folder());
        this.stopped = run == null;
        this.disk = run == null ? null : Executors.newFixedThreadPool(Math.max(2, jobs), new DaemonThreads(
                "briefgen-stage-"));
        this.waiting = new Semaphore(4 * Math.max(1, jobs));
    }

    /**
     * Letters rendered early into {@code files}' folder for a run issuing to {@code only} (every recipient
     * when empty) into the archive at {@code location}, on the check's {@code jobs} threads; {@link #NONE}
     * when the issuing's plan would not give the check's sequence numbers.
     */
    static EarlyLetters of(CampaignRun run, ArchiveLocation location, LetterFiles files, Set<String> only, int jobs) {
        if (!only.isEmpty() || Approvals.required(run) || run.data().recipients().isEmpty()) {
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

    /**
     * A letter that passed its check, as the check made it: rendered here, on the checking thread, and
     * its files staged on a thread of their own.
     */
    void passed(Recipient recipient, PreparedLetter letter) {
        if (isStopped() || offered.incrementAndGet() > MOST) {
            return;
        }
        RenderedLetter rendered;
        try {
            rendered = run.render(letter);
            waiting.acquire();
        } catch (RuntimeException e) {
            // made again in line, where its failure is reported as the run reports it
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            try {
                if (!stopped) {
                    made.put(recipient.id(), CompletableFuture.supplyAsync(() -> stage(rendered), disk)
                            .whenComplete((staged, failure) -> waiting.release()));
                    return;
                }
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
        waiting.release();
    }

    /** A letter failed its check: no more are rendered early. */
    synchronized void failed() {
        stopped = true;
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private Prerenderer.Staged stage(RenderedLetter letter) {
        try {
            return new Prerenderer.Staged(letter.withoutBytes(), files.stage(letter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The letter rendered early for {@code context}'s recipient, when it is the letter of {@code context};
     * its staged files are then the caller's. Empty otherwise, and what was rendered for the recipient is
     * deleted.
     */
    Optional<Prerenderer.Staged> take(LetterContext context) {
        CompletableFuture<Prerenderer.Staged> letter = made.remove(context.recipient().id());
        if (letter == null) {
            return Optional.empty();
        }
        Prerenderer.Staged staged;
        try {
            staged = letter.join();
        } catch (CompletionException | CancellationException e) {
            return Optional.empty();
        }
        if (!staged.letter().letter().context().equals(context)) {
            LetterFiles.unstage(staged.files());
            return Optional.empty();
        }
        return Optional.of(staged);
    }

    /** Stops rendering, waits for the files being staged, and deletes what was not taken. */
    @Override
    public void close() {
        if (disk == null) {
            return;
        }
        synchronized (this) {
            stopped = true;
        }
        disk.shutdown();
        try {
            disk.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (CompletableFuture<Prerenderer.Staged> letter : made.values()) {
            if (letter.isDone() && !letter.isCompletedExceptionally()) {
                LetterFiles.unstage(letter.join().files());
            }
        }
        made.clear();
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
