package org.briefgen.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.briefgen.archive.AtomicFiles;

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
     * Replaces the folder's contents with {@code files} (relative paths with '/', made by briefgen),
     * each written under a temporary name and renamed; the marker first, so that a run stopped
     * half-way leaves a folder the next run may replace.
     */
    void write(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(root);
        AtomicFiles.write(root.resolve(MARKER), MARKER_TEXT);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(root) && !p.getFileName().toString().equals(MARKER)) {
                    // a link is deleted as a link: what it points to is never touched
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = inside(file.getKey());
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, file.getValue());
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
