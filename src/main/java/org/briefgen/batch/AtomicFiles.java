package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a reader (or a crash) never sees half of one: a temporary name, then a
 * rename. The temporary name carries the writing process's id, so leftovers of a killed run can be
 * told from files another run is writing right now.
 */
public final class AtomicFiles {

    static final String TEMP_SUFFIX = ".part";
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern TEMP = Pattern.compile(".*\\.(\\d+)\\" + TEMP_SUFFIX);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + "." + PID + TEMP_SUFFIX);
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files in {@code folder} left by processes that are no longer running (a
     * run that was killed); returns how many. Files of a live run are left alone.
     */
    static int removeLeftovers(Path folder) {
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
