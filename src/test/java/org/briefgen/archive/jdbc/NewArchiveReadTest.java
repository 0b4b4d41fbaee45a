package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A look at the archive (the workbench's preview, {@code archive list}) while another run creates
 * it sees either no archive or the whole of it, never a file whose tables are still being made
 * ("no such table: letter_files", as the workbench once answered with a 500): a new SQLite archive
 * is made beside its place and moved into it when complete.
 */
class NewArchiveReadTest {

    @TempDir
    Path dir;

    @Test
    void aReaderRacingTheRunThatCreatesTheArchiveSeesNoneOrAllOfIt() throws Exception {
        List<String> faults = new ArrayList<>();
        int seen = 0;
        for (int round = 0; round < 6; round++) {
            ArchiveLocation location = ArchiveLocation.of(null, dir.resolve("out" + round));
            CompletableFuture<Void> creating = CompletableFuture.runAsync(() -> Archives.open(location, Clock
                    .systemUTC()).close());
            while (!creating.isDone()) {
                try (Archive archive = Archives.openReadOnly(location).orElse(null)) {
                    if (archive != null) {
                        assertThat(archive.letters()).isEmpty();
                        assertThat(archive.verify().intact()).isTrue();
                        seen++;
                    }
                } catch (RuntimeException e) {
                    faults.add(e.getMessage());
                }
            }
            creating.join();
            try (Stream<Path> left = Files.list(dir.resolve("out" + round))) {
                // nothing beside the archive once it is made: no half-made copy, no log
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("archive.sqlite");
            }
        }
        assertThat(faults).isEmpty();
        assertThat(seen).as("reads of the made archive").isPositive();
    }

    @Test
    void twoRunsCreatingTheSameArchiveAtOnceShareOne() throws Exception {
        ArchiveLocation location = ArchiveLocation.of(null, dir.resolve("out"));
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(CompletableFuture.runAsync(() -> Archives.open(location, Clock.systemUTC()).close()));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        try (Archive archive = Archives.openExisting(location, Clock.systemUTC())) {
            assertThat(archive.verify().intact()).isTrue();
        }
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("archive.sqlite");
        }
        // made under another name, it is still as readable as any file the user makes there
        Path plain = Files.createFile(dir.resolve("out/plain"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("out/archive.sqlite"))).isEqualTo(Files
                .getPosixFilePermissions(plain));
    }

    @Test
    void whatAKilledCreationLeftIsRemovedByTheNextAndNothingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        long ended = Long.MAX_VALUE - 1;
        long alive = ProcessHandle.current().pid();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(
                LeftOvers.STILL).minusSeconds(60));
        List<Path> leftOver = List.of(out.resolve(".archive.sqlite." + ended + "-k1.new"), out.resolve(
                ".archive.sqlite." + ended + "-k1.new-wal"));
        // still running here, changed a minute ago (perhaps on another machine), or another archive's, or not ours
        List<Path> kept = List.of(out.resolve(".archive.sqlite." + alive + "-k2.new"), out.resolve(".archive.sqlite."
                + ended + "-k3.new"), out.resolve(".other.sqlite." + ended + "-k4.new"), out.resolve(
                        ".archive.sqlite.notes.new"));
        for (Path p : leftOver) {
            Files.writeString(p, "half made");
            Files.setLastModifiedTime(p, old);
        }
        for (Path p : kept) {
            Files.writeString(p, "not ours to remove");
            if (!p.getFileName().toString().contains("-k3")) {
                Files.setLastModifiedTime(p, old);
            }
        }
        Archives.open(ArchiveLocation.of(null, out), Clock.systemUTC()).close();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(Stream.concat(
                    Stream.of("archive.sqlite"), kept.stream().map(p -> p.getFileName().toString())).toList());
        }
    }
}
