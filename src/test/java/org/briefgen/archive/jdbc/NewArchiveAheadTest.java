package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new SQLite archive is made while the letters are checked ({@link NewArchive}): the archive
 * opened is the one made ahead, a run refused meanwhile leaves nothing (no archive, no half-made
 * file, no folder it created), and an archive another run put in place meanwhile is the one kept.
 */
class NewArchiveAheadTest {

    @TempDir
    Path dir;

    @Test
    void theArchiveMadeAheadIsTheOneOpenedAndNothingIsLeftBesideIt() throws Exception {
        Path out = dir.resolve("out");
        ArchiveLocation location = ArchiveLocation.of(null, out);
        try (NewArchive made = NewArchive.ahead(location)) {
            Object making = fileKey(madeAhead(out));
            try (Archive archive = Archives.open(location, Clock.systemUTC(), made)) {
                assertThat(archive.letters()).isEmpty();
                assertThat(archive.verify().intact()).isTrue();
            }
            // the same file, linked into place: not a second archive made when it was opened
            assertThat(fileKey(out.resolve("archive.sqlite"))).isEqualTo(making);
        }
        assertThat(names(out)).containsExactly("archive.sqlite");
    }

    @Test
    void aRunRefusedWhileTheArchiveIsMadeLeavesNothingBehind() throws Exception {
        // the output folder and its parents are made for the archive: none of them stays
        Path out = dir.resolve("campaigns/2026/out");
        try (NewArchive made = NewArchive.ahead(ArchiveLocation.of(null, out))) {
            madeAhead(out);
        }
        assertThat(names(dir)).isEmpty();
        // a folder that was there stays, empty
        Path existing = Files.createDirectories(dir.resolve("existing"));
        NewArchive.ahead(ArchiveLocation.of(null, existing)).close();
        assertThat(names(existing)).isEmpty();
        // closed at once, while it is being made: it is waited for, then removed
        NewArchive.ahead(ArchiveLocation.of(null, dir.resolve("quick"))).close();
        assertThat(names(dir)).containsExactly("existing");
    }

    @Test
    void anArchiveAnotherRunPutInPlaceMeanwhileIsTheOneKept() throws Exception {
        Path out = dir.resolve("out");
        ArchiveLocation location = ArchiveLocation.of(null, out);
        try (NewArchive made = NewArchive.ahead(location)) {
            madeAhead(out);
            Archives.open(location, Clock.systemUTC()).close();
            Object others = fileKey(out.resolve("archive.sqlite"));
            try (Archive archive = Archives.open(location, Clock.systemUTC(), made)) {
                assertThat(archive.verify().intact()).isTrue();
            }
            assertThat(fileKey(out.resolve("archive.sqlite"))).isEqualTo(others);
        }
        assertThat(names(out)).containsExactly("archive.sqlite");
    }

    @Test
    void nothingIsMadeAheadForAnArchiveThatExistsOrIsNotAnSqliteFile() throws Exception {
        Path out = dir.resolve("out");
        ArchiveLocation location = ArchiveLocation.of(null, out);
        Archives.open(location, Clock.systemUTC()).close();
        assertThat(NewArchive.ahead(location)).isSameAs(NewArchive.NONE);
        Path elsewhere = dir.resolve("server");
        assertThat(NewArchive.ahead(ArchiveLocation.of("jdbc:postgresql://127.0.0.1:1/none", elsewhere))).isSameAs(
                NewArchive.NONE);
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void anArchiveThatCannotBeMadeAheadFailsAsItWouldHaveAndLeavesNoFolder() throws Exception {
        // a name the archive can have, but not its temporary name (".NAME.PID-RANDOM.new": over 255 bytes)
        String name = "a".repeat(230) + ".sqlite";
        Path out = dir.resolve("out");
        ArchiveLocation location = ArchiveLocation.of("jdbc:sqlite:" + out.resolve(name), dir);
        String expected = failure(() -> Archives.open(ArchiveLocation.of("jdbc:sqlite:" + dir.resolve("other")
                .resolve(name), dir), Clock.systemUTC()).close()).replace(dir.resolve("other").toString(), "")
                .replace("other", "");
        try (NewArchive made = NewArchive.ahead(location)) {
            String got = failure(() -> Archives.open(location, Clock.systemUTC(), made).close());
            assertThat(got.replace(out.toString(), "").replace("out", "")).isEqualTo(expected);
        }
        // refused after it could not be made: the folder made for it goes too
        Path refused = dir.resolve("refused");
        try (NewArchive made = NewArchive.ahead(ArchiveLocation.of("jdbc:sqlite:" + refused.resolve(name), dir))) {
            assertThat(refused).isDirectory();
        }
        assertThat(refused).doesNotExist();
    }

    @Test
    void aRunStoppedWhileTheArchiveIsMadeLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("stopped/out");
        org.briefgen.scale.ForkedJvm.Result r = org.briefgen.scale.ForkedJvm.run("64m", Exiting.class, dir, out
                .toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("making");
        assertThat(dir.resolve("stopped")).doesNotExist();
    }

    /** Starts making an archive in the folder it is given, then exits (as at Ctrl-C) without closing it. */
    static final class Exiting {
        public static void main(String[] args) throws Exception {
            NewArchive.ahead(ArchiveLocation.of(null, Path.of(args[0])));
            System.out.println(Files.isDirectory(Path.of(args[0])) ? "making" : "nothing made");
            System.exit(3);
        }
    }

    /** The message of {@code open}'s failure, but the temporary name's process and random part. */
    private static String failure(Runnable open) {
        try {
            open.run();
        } catch (RuntimeException e) {
            return e.getMessage().replaceAll("\\.\\d+-[0-9a-z]+\\.new", ".new");
        }
        throw new AssertionError("the archive was made");
    }

    /** The archive being made under its temporary name in {@code out}, once it is there. */
    private static Path madeAhead(Path out) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(until)) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    Optional<Path> making = files.filter(p -> p.getFileName().toString().matches(
                            "\\.archive\\.sqlite\\.\\d+-\\w+\\.new")).findFirst();
                    if (making.isPresent()) {
                        return making.get();
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no archive was being made in " + out);
    }

    private static Object fileKey(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
