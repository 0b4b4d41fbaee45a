package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.briefgen.archive.ArchiveInMaking;
import org.briefgen.archive.ArchiveLocation;

/**
 * A new SQLite archive made ahead, on a thread of its own, while the letters are checked: made whole
 * under its temporary name as {@link ArchiveDatabase#make} makes every new archive, and put in place
 * only when {@link Archives#open(ArchiveLocation, java.time.Clock, ArchiveInMaking)} opens it. Closed before
 * that (the check refused the campaign), it is removed, and so are the folders it created: a refused
 * run leaves nothing behind; so does a run stopped meanwhile (Ctrl-C, SIGTERM: a shutdown hook removes
 * it), and what a killed run left is tidied by the next as {@link LeftOvers} says. Nothing is made
 * ahead for a PostgreSQL archive or an SQLite file that exists.
 */
final class NewArchive implements ArchiveInMaking {

    /** Nothing made ahead: opening creates the archive itself, if need be. */
    static final NewArchive NONE = new NewArchive(null, List.of());

    /** The archive's temporary name once made; completes exceptionally when it could not be made. */
    private final CompletableFuture<Path> making;
    private final List<Path> createdFolders;
    private Thread onExit;
    private boolean taken;

    private NewArchive(CompletableFuture<Path> making, List<Path> createdFolders) {
        this.making = making;
        this.createdFolders = createdFolders;
    }

    /** Starts making the SQLite archive at {@code location} when there is none there yet. */
    static NewArchive ahead(ArchiveLocation location) {
        Optional<Path> file = location.sqliteFile().map(Path::toAbsolutePath);
        Path folder = file.map(Path::getParent).orElse(null);
        if (file.isEmpty() || folder == null || Files.exists(file.get())) {
            return NONE;
        }
        List<Path> created = new ArrayList<>();
        for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) {
            created.add(f);
        }
        CompletableFuture<Path> making = new CompletableFuture<>();
        NewArchive ahead = new NewArchive(making, created);
        try {
            Files.createDirectories(folder);
            LeftOvers.remove(folder, String.valueOf(file.get().getFileName()));
            Thread maker = new Thread(() -> {
                try {
                    making.complete(ArchiveDatabase.make(file.get(), location));
                } catch (Throwable e) {
                    // whatever it was (an OutOfMemoryError too), the opener and close() hear of it
                    making.completeExceptionally(e);
                }
            }, "briefgen-archive-ahead");
            maker.setDaemon(true);
            ahead.onExit = new Thread(ahead::close, "briefgen-archive-ahead-removal");
            Runtime.getRuntime().addShutdownHook(ahead.onExit);
            maker.start();
            return ahead;
        } catch (IOException | RuntimeException e) {
            // opening will make it, and say why it cannot
            making.completeExceptionally(e);
            ahead.close();
            return NONE;
        }
    }

    /**
     * The archive made ahead, waited for, now the opener's to put in place; empty when none was made, or
     * when its folder was removed meanwhile (the opener makes it then). Why it could not be made is
     * thrown as making it would have thrown.
     */
    synchronized Optional<Path> take() throws IOException {
        if (making == null || taken) {
            return Optional.empty();
        }
        taken = true;
        forget();
        try {
            return Optional.of(making.join());
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof NoSuchFileException) {
                return Optional.empty();
            } else if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Removes what was made ahead and not put in place, once it is made, and the folders made for it,
     * when they are empty.
     */
    @Override
    public synchronized void close() {
        if (making == null || taken) {
            return;
        }
        taken = true;
        forget();
        try {
            ArchiveDatabase.remove(making.join());
        } catch (CompletionException | IOException failed) {
            // making removes what it made when it fails; a file that cannot be removed is tidied by the
            // next run that creates the archive (LeftOvers)
        }
        try {
            for (Path folder : createdFolders) {
                Files.deleteIfExists(folder);
            }
        } catch (DirectoryNotEmptyException used) {
            // something else was written there meanwhile: the folder stays
        } catch (IOException e) {
            // tidying is a courtesy
        }
    }

    /** No removal at the JVM's exit any more: the archive is the opener's, or removed already. */
    private void forget() {
        if (onExit != null && Thread.currentThread() != onExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook runs, and finds it taken or closed
            }
        }
    }
}
