package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.archive.RecordedFile;
import org.briefgen.files.Sha256;

/**
 * The folder an archive's recorded files live in: the archive records each by its path relative
 * to it, so the folder can move with its database.
 */
final class OutputFolder {

    private final Path root;

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A file as the archive records it: its relative path, size and SHA-256, read from the disk. */
    RecordedFile record(Path file) throws IOException {
        return record(file, null);
    }

    /** The same, its SHA-256 {@code known} from the bytes written to it (null: read from the disk). */
    RecordedFile record(Path file, String known) throws IOException {
        return new RecordedFile(relative(file), Files.size(file), known != null ? known : Sha256.ofFile(file));
    }

    /** Where a recorded path is on this machine. */
    Path resolve(String path) {
        return root.resolve(path);
    }

    /** {@code file}'s path relative to the folder, with '/' separators. */
    String relative(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        if (relative.startsWith("..") || relative.toString().isEmpty()) {
            throw new IllegalStateException(file + " is not inside the output folder " + root);
        }
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }
}
