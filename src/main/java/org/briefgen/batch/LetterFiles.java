package org.briefgen.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.files.AtomicFiles;
import org.briefgen.merge.LetterContext;

/**
 * Puts rendered letters' files into a campaign's folder, each atomically: written there at once,
 * or staged first (written under a temporary name and forced to the disk, off the archive's lock)
 * and later renamed into place.
 */
final class LetterFiles {

    private final Path folder;

    LetterFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Where the letter's file {@code name} goes. */
    Path path(String name) {
        return folder.resolve(name);
    }

    /** Writes the letter's files into the folder, each atomically. */
    WrittenLetter write(RenderedLetter letter) throws IOException {
        return place(letter, Map.of());
    }

    /**
     * Puts the letter's files into the folder, each atomically: those {@link #stage}d (by file name)
     * are renamed into place, the others written here.
     */
    WrittenLetter place(RenderedLetter letter, Map<String, Path> staged) throws IOException {
        List<Path> files = new ArrayList<>();
        for (RenderedLetter.File file : letter.files()) {
            Path path = folder.resolve(file.name());
            Path temp = staged.get(file.name());
            if (temp != null && Files.exists(temp)) {
                AtomicFiles.place(temp, path);
            } else if (file.bytes() != null) {
                AtomicFiles.write(path, file.bytes());
            } else {
                throw new IOException("the staged file " + temp + " of " + path + " is gone");
            }
            files.add(path);
        }
        LetterContext context = letter.letter().context();
        return new WrittenLetter(context.letter().reference(), context.recipient().id(),
                context.recipient().company(), files.isEmpty() ? null : files.get(0), letter.pages(),
                letter.files().isEmpty() ? 0 : letter.files().get(0).size(), files, letter.skipped());
    }

    /**
     * Writes the letter's files into the folder under their temporary names, forced to the disk,
     * ready for {@link #place} to rename; returns them by file name.
     */
    Map<String, Path> stage(RenderedLetter letter) throws IOException {
        if (!Files.isDirectory(folder)) {
            // looked at first: creating a folder that exists fails inside, at a cost, for every letter
            Files.createDirectories(folder);
        }
        Map<String, Path> staged = new LinkedHashMap<>();
        try {
            for (RenderedLetter.File file : letter.files()) {
                staged.put(file.name(), AtomicFiles.stage(folder.resolve(file.name()), file.bytes()));
            }
        } catch (IOException | RuntimeException e) {
            unstage(staged);
            throw e;
        }
        return staged;
    }

    /** Deletes staged files that were not renamed into place. */
    static void unstage(Map<String, Path> staged) {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover of a finished run: the next run in this folder removes it
            }
        }
    }
}
