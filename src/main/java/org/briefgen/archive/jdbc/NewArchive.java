package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.briefgen.archive.ArchiveLocation;

/**
 * A new SQLite archive made ahead, on a thread of its own, while the letters are checked: made whole
 * under its temporary name as {@link ArchiveDatabase#make} makes every new archive, and put in place
 * only when {@link Archives#open(ArchiveLocation, java.time.Clock, NewArchive)} opens it. Closed before
 * that (the check refused the campaign), it is removed, and so are the folders it created: a refused
 * run leaves nothing behind. Nothing is made ahead for a PostgreSQL archive or an SQLite file that
 * exists.
 */
public final class NewArchive implements AutoCloseable {

    /** Nothing made ahead: opening creates the archive itself, if need be. */
    static final NewArchive NONE = new NewArchive(null, List.of());

    /** The archive's temporary name once made; completes exceptionally when it could not be made. */
    private final CompletableFuture<Path> making;
    private final List<Path> createdFolders;
    private boolean taken;

    private NewArchive(CompletableFuture<Path> making, List<Path> createdFolders) {
        this.making = making;
        this.createdFolders = createdFolders;
    }

    /** Starts making the SQLite archive at {@code location} when there is none there yet. */
    public static NewArchive ahead(ArchiveLocation location) {
        Optional<Path> file = location.sqliteFile().map(Path::toAbsolutePath);
        Path folder = file.map(Path::getParent).orElse(null);
        if (file.isEmpty() || folder == null || Files.exists(file.get())) {
            return NONE;
        }
        List<Path> created = new ArrayList<>();
        for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) {
            created.add(f);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            // opening will try again, and say why it cannot
            return NONE;
        }
        CompletableFuture<Path> making = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            try {
                making.complete(ArchiveDatabase.make(file.get(), location));
            } catch (IOException | RuntimeException e) {
                making.completeExceptionally(e);
            }
        }, "briefgen-archive-ahead");
        maker.setDaemon(true);
        maker.start();
        return new NewArchive(making, created);
    }

    /**
     * The archive made ahead, waited for, now the opener's to put in place; empty when none was made or
     * making it failed (the opener then makes it, and tells why it cannot).
     */
    synchronized Optional<Path> take() {
        if (making == null || taken) {
            return Optional.empty();
        }
        try {
            Path made = making.join();
            taken = true;
            return Optional.of(made);
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    /** Removes what was made ahead and not put in place, once it is made, and the folders made for it, when empty. */
    @Override
    public synchronized void close() {
        if (making == null || taken) {
            return;
        }
        taken = true;
        try {
            ArchiveDatabase.remove(making.join());
            for (Path folder : createdFolders) {
                Files.deleteIfExists(folder);
            }
        } catch (CompletionException failed) {
            // nothing is left: making removes what it made when it fails
        } catch (DirectoryNotEmptyException used) {
            // something else was written there meanwhile: the folder stays
        } catch (IOException e) {
            // tidying is a courtesy: what is left is removed by the next run that creates the archive (LeftOvers)
        }
    }
}
