package org.briefgen.files;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader (or a crash) never sees half of one, and so that a file is on
 * the disk before anything records it: a temporary name, the bytes forced to the disk, then a
 * rename; {@link #syncFolders} makes the renames themselves durable. The temporary name carries
 * the writing process's id ({@code name.PID-N.part}, N counting the process's temporary files), so
 * leftovers of a killed run can be told from files another run is writing right now.
 */
public final class AtomicFiles {

    static final String TEMP_SUFFIX = ".part";
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern TEMP = Pattern.compile(".*\\.(\\d+)(-\\d+)?\\" + TEMP_SUFFIX);
    private static final AtomicLong COUNT = new AtomicLong();
    public static final AtomicFiles DURABLE = new AtomicFiles(Disk.REAL);

    /** What is asked of the disk; tests replace it to see the order of the calls. */
    public interface Disk {
        Disk REAL = new Disk() {
        };

        /** Forces a written file's bytes to the disk. */
        default void force(FileChannel channel, Path file) throws IOException {
            channel.force(true);
        }

        default void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** Forces a folder's entries (the renames into it) to the disk. */
        default void syncFolder(Path folder) throws IOException {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (IOException e) {
                // Windows cannot open a folder as a file; NTFS journals its entries itself
                if (File.separatorChar != '\\') {
                    throw e;
                }
            }
        }
    }

    private final Disk disk;

    public AtomicFiles(Disk disk) {
        this.disk = disk;
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, forced to the disk. The rename is durable
     * only once {@link #syncFolders} has synced the target's folder.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        DURABLE.writeFile(target, bytes);
    }

    /**
     * The first half of {@link #write}, for a writer that renames later, elsewhere: writes
     * {@code bytes} under {@code target}'s temporary name, forced to the disk, and returns that file.
     */
    public static Path stage(Path target, byte[] bytes) throws IOException {
        return DURABLE.stageFile(target, bytes);
    }

    /** The second half of {@link #write}: renames a file {@link #stage} wrote to {@code target}. */
    public static void place(Path staged, Path target) throws IOException {
        DURABLE.disk.move(staged, target);
    }

    /** Copies {@code source} to {@code target} as {@link #write} writes. */
    public static void copy(Path source, Path target) throws IOException {
        DURABLE.copyFile(source, target);
    }

    /** Forces each folder's entries to the disk: after it, files renamed into them survive a power cut. */
    public static void syncFolders(Collection<Path> folders) throws IOException {
        DURABLE.sync(folders);
    }

    /** Writes a file's content to the temporary name it is given; returns what its caller wants back. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(Path temporary) throws IOException;
    }

    /**
     * Writes {@code target} through {@code content}, which may stream as much as it likes to the temporary
     * name it is given, in {@code target}'s folder (made when missing): renamed when whole, removed when not.
     * Unlike {@link #write}, nothing is forced to the disk. A failure is an {@link UncheckedIOException}
     * naming {@code target}.
     */
    public static <T> T writeThrough(Path target, Content<T> content) {
        Path temp = null;
        try {
            Path file = target.toAbsolutePath();
            Path folder = file.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            temp = temporary(file);
            T result = content.writeTo(temp);
            DURABLE.disk.move(temp, file);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // renamed already, or the failure above is the one to report
                }
            }
        }
    }

    /** A new temporary name for {@code target}: the one rule for every file briefgen writes. */
    static Path temporary(Path target) {
        return target.resolveSibling(target.getFileName() + "." + PID + "-" + COUNT.incrementAndGet() + TEMP_SUFFIX);
    }

    public void writeFile(Path target, byte[] bytes) throws IOException {
        Path temp = stageFile(target, bytes);
        try {
            disk.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Path stageFile(Path target, byte[] bytes) throws IOException {
        Path temp = temporary(target);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            disk.force(channel, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    public void copyFile(Path source, Path target) throws IOException {
        Path temp = temporary(target);
        try {
            try (InputStream in = Files.newInputStream(source); FileChannel channel = FileChannel.open(temp,
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] chunk = new byte[64 * 1024];
                for (int n; (n = in.read(chunk)) > 0;) {
                    ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
                disk.force(channel, temp);
            }
            disk.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public void sync(Collection<Path> folders) throws IOException {
        Set<Path> distinct = new LinkedHashSet<>();
        folders.forEach(f -> distinct.add(f.toAbsolutePath().normalize()));
        for (Path folder : distinct) {
            disk.syncFolder(folder);
        }
    }

    /**
     * Deletes the temporary files in {@code folder} left by processes that are no longer running (a
     * run that was killed); returns how many. Files of a live run are left alone.
     */
    public static int removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + folder + ": " + e.getMessage(), e);
        }
        return removed;
    }
}
