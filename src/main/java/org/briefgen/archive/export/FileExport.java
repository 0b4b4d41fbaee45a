package org.briefgen.archive.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.files.AtomicFiles;
import org.briefgen.files.Sha256;

/**
 * The archive's own copies of its recorded files written back out, each at the path recorded,
 * inside one folder: {@code written} files; {@code notKept}, the paths of those the archive holds
 * no copy of (an SQLite archive's files recorded before it was set to keep them).
 */
public record FileExport(int written, List<String> notKept) {

    public FileExport {
        notKept = List.copyOf(notKept);
    }

    /** Writes the copies ({@code copies}: by SHA-256) of every file of {@code letters} and {@code responses} into {@code into}. */
    static FileExport write(List<IssuedLetter> letters, List<Response> responses,
            Function<String, Optional<byte[]>> copies, Path into) {
        Path root = into.toAbsolutePath().normalize();
        Map<String, RecordedFile> files = new LinkedHashMap<>();
        letters.forEach(l -> l.files().forEach(f -> files.put(f.path(), f)));
        responses.stream().filter(r -> r.file() != null).forEach(r -> files.put(r.file().path(), r.file()));
        // every path is checked before anything is written: a recorded path never leads outside the folder
        Map<Path, RecordedFile> targets = new LinkedHashMap<>();
        files.values().forEach(f -> targets.put(inside(root, f.path()), f));
        int written = 0;
        List<String> notKept = new ArrayList<>();
        try {
            for (Map.Entry<Path, RecordedFile> t : targets.entrySet()) {
                Optional<byte[]> copy = copies.apply(t.getValue().sha256());
                if (copy.isEmpty()) {
                    notKept.add(t.getValue().path());
                    continue;
                }
                if (!Sha256.of(copy.get()).equals(t.getValue().sha256())) {
                    throw new ArchiveException("the archive's copy of " + t.getValue().path() + " does not have the"
                            + " bytes recorded (archive verify names every such file); nothing more was written");
                }
                Files.createDirectories(t.getKey().getParent());
                AtomicFiles.write(t.getKey(), copy.get());
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + root + ": " + e.getMessage(), e);
        }
        return new FileExport(written, notKept);
    }

    /** Where recorded {@code path} goes in {@code root}; a path that would lead elsewhere is refused. */
    static Path inside(Path root, String path) {
        boolean plain = !path.isEmpty() && !path.startsWith("/") && !path.contains("\\") && !path.contains(":")
                && List.of(path.split("/")).stream().noneMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."));
        Path target = root.resolve(path).normalize();
        if (!plain || !target.startsWith(root) || target.equals(root)) {
            throw new ArchiveException("the archive records a file at '" + path + "', which is not a plain path inside"
                    + " the folder it is exported to; nothing was written");
        }
        return target;
    }
}
