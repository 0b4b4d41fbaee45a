package org.briefgen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.files.AtomicFiles;

/**
 * The folder a publication is written to. It must be new, empty, or an earlier publication (it
 * holds the {@link #MARKER} file), whose contents the new one replaces; anything else is refused
 * before any work is done. Every file is written inside it, by a path briefgen made; never through
 * a link.
 */
final class PublicationFolder {

    /** The file that marks a folder as a publication, so that publishing again may replace it. */
    static final String MARKER = ".briefgen-publication";
    private static final byte[] MARKER_TEXT = ("This folder is a publication written by briefgen publish.\n"
            + "Publishing into it again replaces everything in it.\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Path root;

    private PublicationFolder(Path root) {
        this.root = root;
    }

    /** The folder {@code dir}, once it is known to be one a publication may be written to. */
    static PublicationFolder check(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new PublicationFolderException(dir + " is a file, not a folder: --to names the folder the"
                    + " publication is written to");
        }
        if (Files.isDirectory(root) && !Files.exists(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> entries = Files.list(root)) {
                List<String> names = entries.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
                if (!names.isEmpty()) {
                    throw new PublicationFolderException(dir + " holds files that are not a briefgen publication ("
                            + String.join(", ", names) + (names.size() == 3 ? ", …" : "") + "): name a new or empty"
                            + " folder, or one written by publish before");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the folder " + dir + ": " + e.getMessage(), e);
            }
        }
        return new PublicationFolder(root);
    }

    /**
     * A folder beside this one that the publication is written into, file by file as each is made;
     * {@link Staging#commit} then replaces this folder's contents with it. Closed uncommitted (a
     * failure half-way), it is removed and this folder is left as it was.
     */
    Staging stage() throws IOException {
        Path parent = root.getParent();
        Files.createDirectories(parent);
        return new Staging(Files.createTempDirectory(parent, "." + root.getFileName() + ".publishing-"));
    }

    /** The publication being written (see {@link #stage}). */
    final class Staging implements AutoCloseable {

        private final PublicationFolder inside;
        private final java.util.TreeSet<String> written = new java.util.TreeSet<>();
        private boolean committed;

        private Staging(Path folder) {
            this.inside = new PublicationFolder(folder);
        }

        /** Writes {@code bytes} as relative path {@code path} (made by briefgen). */
        synchronized void put(String path, byte[] bytes) {
            Path target = path(path);
            try {
                Files.createDirectories(target.getParent());
                // the folder is briefgen's own until it is moved in whole: each file is written plainly
                // (forcing tens of thousands of files to the disk one by one took most of a large run)
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
            written.add(path);
        }

        /** Where {@code path} is written, for a file written by other means (then {@link #written}). */
        Path path(String path) {
            return inside.inside(path);
        }

        synchronized void written(String path) {
            written.add(path);
        }

        /**
         * Replaces the publication folder's contents with what was written here: the marker first,
         * so that a run stopped half-way leaves a folder the next run may replace; every entry is
         * then moved in (a rename). The paths written, sorted.
         */
        synchronized List<String> commit() throws IOException {
            Files.createDirectories(root);
            AtomicFiles.write(root.resolve(MARKER), MARKER_TEXT);
            clear(root);
            try (Stream<Path> entries = Files.list(inside.root)) {
                for (Path p : entries.sorted().toList()) {
                    Files.move(p, root.resolve(p.getFileName().toString()));
                }
            }
            Files.delete(inside.root);
            committed = true;
            return new java.util.ArrayList<>(written);
        }

        @Override
        public void close() throws IOException {
            if (!committed && Files.exists(inside.root)) {
                clear(inside.root);
                Files.delete(inside.root);
            }
        }
    }

    /** Deletes everything in {@code folder} but the marker; a link is deleted as a link. */
    private static void clear(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder) && !(p.getParent().equals(folder) && p.getFileName().toString().equals(
                        MARKER))) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Where relative path {@code path} is in the folder; a path leading elsewhere is a fault of briefgen's. */
    Path inside(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).stream()
                .anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw new IllegalStateException("not a path inside the publication: " + path);
        }
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("not a path inside the publication: " + path);
        }
        return target;
    }

    Path root() {
        return root;
    }
}
