package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a run killed while it created a new SQLite archive left beside it ({@code .NAME.PID-RANDOM.new}
 * and its log files), removed by the next run that creates one. Only a file whose process has ended on
 * this machine and that has not changed for an hour counts as left over: a run creating the archive on
 * another machine sharing the folder (whose process this one cannot see) takes seconds, not an hour.
 */
final class LeftOvers {

    /** How long a file must have been still before it is taken for left over. */
    static final Duration STILL = Duration.ofHours(1);

    private static final Pattern MAKING = Pattern
            .compile("\\.(.+)\\.([0-9]{1,19})-[0-9a-z]+\\.new(-wal|-shm|-journal)?");

    private LeftOvers() {
    }

    /** Removes from {@code folder} what killed runs left while creating the archive named {@code archive}; never fails. */
    static void remove(Path folder, String archive) {
        Instant before = Instant.now().minus(STILL);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + glob(archive) + ".*.new*")) {
            for (Path f : files) {
                Matcher m = MAKING.matcher(String.valueOf(f.getFileName()));
                if (m.matches() && m.group(1).equals(archive) && ended(m.group(2)) && Files.getLastModifiedTime(f)
                        .toInstant().isBefore(before)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | SecurityException e) {
            // tidying is a courtesy: the archive was made, and a file that cannot be removed stays
        }
    }

    private static boolean ended(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String glob(String name) {
        StringBuilder escaped = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (List.of('*', '?', '[', ']', '{', '}', '\\').contains(c)) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
