package org.briefgen.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is complete and on the disk before it takes its name, and its folder is synced when asked. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Records what is asked of the disk, and what the files held at that moment. */
    private static final class Recording implements AtomicFiles.Disk {
        final List<String> calls = new ArrayList<>();

        @Override
        public void force(FileChannel channel, Path file) throws IOException {
            calls.add("force " + temporary(file.getFileName().toString()) + " (" + channel.size() + " bytes)");
            AtomicFiles.Disk.super.force(channel, file);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            calls.add("move " + temporary(from.getFileName().toString()) + " to " + to.getFileName());
            AtomicFiles.Disk.super.move(from, to);
        }

        @Override
        public void syncFolder(Path folder) throws IOException {
            calls.add("sync " + folder.getFileName());
            AtomicFiles.Disk.super.syncFolder(folder);
        }
    }

    /** A temporary file's name, {@code name.PID-N.part}, with N as "N". */
    private static String temporary(String name) {
        return name.replaceFirst("^(.*\\." + ProcessHandle.current().pid() + "-)\\d+(\\.part)$", "$1N$2");
    }

    private static String named(String name) {
        return name + "." + ProcessHandle.current().pid() + "-N.part";
    }

    @Test
    void aFileIsForcedToTheDiskWholeBeforeItIsRenamedIntoPlace() throws IOException {
        Recording disk = new Recording();
        Path target = dir.resolve("DEMO-001-acme.pdf");
        new AtomicFiles(disk).writeFile(target, "a whole letter".getBytes(StandardCharsets.UTF_8));
        assertThat(disk.calls).containsExactly("force " + named("DEMO-001-acme.pdf") + " (14 bytes)",
                "move " + named("DEMO-001-acme.pdf") + " to DEMO-001-acme.pdf");
        assertThat(target).hasContent("a whole letter");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCopyIsWrittenTheSameWayUnderTheSameTemporaryName() throws IOException {
        Recording disk = new Recording();
        Path source = Files.writeString(dir.resolve("reply.txt"), "thank you for your letter");
        new AtomicFiles(disk).copyFile(source, dir.resolve("1-reply.txt"));
        assertThat(disk.calls).containsExactly("force " + named("1-reply.txt") + " (25 bytes)",
                "move " + named("1-reply.txt") + " to 1-reply.txt");
        assertThat(dir.resolve("1-reply.txt")).hasContent("thank you for your letter");
    }

    @Test
    void eachFolderIsSyncedOnceHoweverManyFilesWereRenamedIntoIt() throws IOException {
        Recording disk = new Recording();
        Path letters = Files.createDirectories(dir.resolve("letters"));
        Path responses = Files.createDirectories(dir.resolve("responses"));
        new AtomicFiles(disk).sync(List.of(letters, letters.resolve("."), responses, letters));
        assertThat(disk.calls).containsExactly("sync letters", "sync responses");
    }

    @Test
    void leftoversOfADeadProcessGoAndThoseOfALiveOneStay() throws IOException {
        Path dead = Files.writeString(dir.resolve("DEMO-001-x.pdf.2147483646.part"), "half a letter");
        Path live = Files.writeString(dir.resolve("DEMO-002-y.pdf." + ProcessHandle.current().pid() + "-7.part"),
                "being written");
        Path letter = Files.writeString(dir.resolve("DEMO-003-z.pdf"), "a letter");
        assertThat(AtomicFiles.removeLeftovers(dir)).isEqualTo(1);
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(letter).exists();
    }

    @Test
    void aStreamedFileTakesItsNameOnlyWholeAndAFailedOneLeavesNothingBehind() throws IOException {
        Path report = dir.resolve("reports/tracker.xlsx");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "yesterday's report");
        List<String> seen = new ArrayList<>();
        int pages = AtomicFiles.writeThrough(report, partial -> {
            seen.add(temporary(partial.getFileName().toString()));
            Files.writeString(partial, "today's report");
            assertThat(report).hasContent("yesterday's report");
            return 3;
        });
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(named("tracker.xlsx"));
        assertThat(report).hasContent("today's report");

        assertThatThrownBy(() -> AtomicFiles.writeThrough(report, partial -> {
            Files.writeString(partial, "half a rep");
            throw new IOException("No space left on device");
        })).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessage("cannot write " + report + ": No space left on device");
        assertThat(report).hasContent("today's report");
        try (var files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aStreamedFileMakesItsFolder() {
        Path report = dir.resolve("new/folder/report.pdf");
        AtomicFiles.writeThrough(report, partial -> Files.writeString(partial, "%PDF"));
        assertThat(report).hasContent("%PDF");
    }
}
