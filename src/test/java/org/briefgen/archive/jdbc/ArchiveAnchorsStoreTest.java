package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.Verification;
import org.briefgen.files.AtomicFiles;
import org.briefgen.files.Sha256;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The officers' chain, for archives recorded before it as for new ones, and the anchor each
 * appending use of the archive leaves in the output folder: written whole, forced to the disk,
 * renamed into place and its folder synced.
 */
class ArchiveAnchorsStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    @TempDir
    Path dir;

    /** Records what is asked of the disk, in order. */
    private static final class Recording implements AtomicFiles.Disk {
        final List<String> calls = new ArrayList<>();

        @Override
        public void force(FileChannel channel, Path file) throws IOException {
            calls.add("force " + file.getFileName() + " " + channel.size());
            AtomicFiles.Disk.super.force(channel, file);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            calls.add("move " + from.getFileName() + " " + to.getFileName());
            AtomicFiles.Disk.super.move(from, to);
        }

        @Override
        public void syncFolder(Path folder) throws IOException {
            calls.add("sync " + folder.getFileName());
            AtomicFiles.Disk.super.syncFolder(folder);
        }
    }

    @Test
    void anAnchorIsWrittenWholeForcedRenamedAndItsFolderSynced() throws IOException {
        Path out = dir.resolve("out");
        Recording disk = new Recording();
        try (JdbcArchive archive = JdbcArchive.open(databases.location(ArchiveDatabases.Kind.SQLITE, out), CLOCK,
                false, new AtomicFiles(disk), NewArchive.NONE)) {
            archive.addOfficer("ada", "correct horse battery".toCharArray());
            // nothing is anchored before the archive is closed: the anchor holds what the command left
            assertThat(disk.calls).isEmpty();
        }
        assertThat(disk.calls).hasSize(3);
        assertThat(disk.calls.get(0)).matches("force anchor-20261205T080000000Z-[0-9a-f]{12}\\.json\\.\\d+-\\d+\\.part"
                + " \\d+");
        assertThat(disk.calls.get(1)).matches("move anchor-\\S+\\.part anchor-20261205T080000000Z-[0-9a-f]{12}\\.json");
        assertThat(disk.calls.get(2)).isEqualTo("sync anchors");
        try (Stream<Path> files = Files.list(out.resolve("anchors"))) {
            Path anchor = files.findFirst().orElseThrow();
            assertThat(Files.readString(anchor)).contains("\"officers\"", "\"written_at\" : \"2026-12-05T08:00:00Z\"");
        }
    }

    @Test
    void onlyAnUseThatAppendedLeavesAnAnchor() {
        Path out = dir.resolve("out");
        ArchiveLocation location = databases.location(ArchiveDatabases.Kind.SQLITE, out);
        Archives.open(location, CLOCK).close();
        assertThat(out.resolve("anchors")).doesNotExist();
    }

    /** An archive as the briefgen before the officers' chain left it, with two officers in it. */
    private static void beforeTheOfficersChain(ArchiveLocation location, ArchiveDatabases.Kind kind)
            throws SQLException {
        Flyway.configure().dataSource(location.jdbcUrl(), null, null).locations("classpath:db/migration/common",
                "classpath:db/migration/" + (kind == ArchiveDatabases.Kind.SQLITE ? "sqlite" : "postgresql"))
                .target("45").load().migrate();
        try (Connection c = ArchiveDatabases.connect(location.jdbcUrl()); Statement s = c.createStatement()) {
            PasswordHash hash = PasswordHash.of("correct horse battery".toCharArray());
            for (int entry = 1; entry <= 2; entry++) {
                s.executeUpdate("INSERT INTO officers (entry_no, name, algorithm, iterations, salt, password_hash,"
                        + " recorded_at) VALUES (" + entry + ", 'officer" + entry + "', '" + hash.algorithm() + "', "
                        + hash.iterations() + ", '" + hash.salt() + "', '" + hash.hash() + "', '2026-01-0" + entry
                        + "T10:00:00Z')");
            }
        }
    }

    @Test
    void aCopyOfAnArchiveFromBeforeTheOfficersChainHasItsOfficersChained() throws SQLException, IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        ArchiveLocation old = databases.location(ArchiveDatabases.Kind.SQLITE, out);
        beforeTheOfficersChain(old, ArchiveDatabases.Kind.SQLITE);
        // the source is read as it is, never migrated: its officers come without hashes
        ArchiveLocation copy = databases.location(ArchiveDatabases.Kind.POSTGRESQL, out);
        Verification copied = Archives.migrate(old, copy);
        assertThat(copied.intact()).isTrue();
        try (Archive archive = Archives.open(copy, CLOCK)) {
            assertThat(archive.officers()).containsExactly("officer1", "officer2");
            assertThat(archive.head().chains()).filteredOn(c -> c.chain().equals("officers")).singleElement()
                    .matches(c -> c.rows() == 2 && !c.lastSha256().equals(Sha256.NONE));
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void officersRecordedBeforeTheirChainAreChainedWhenTheArchiveIsFirstOpened(ArchiveDatabases.Kind kind)
            throws SQLException, IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        ArchiveLocation location = databases.location(kind, out);
        beforeTheOfficersChain(location, kind);
        try (Archive archive = Archives.open(location, CLOCK)) {
            assertThat(archive.verify().intact()).isTrue();
            assertThat(archive.officers()).containsExactly("officer1", "officer2");
            assertThat(archive.checkOfficer("officer2", "correct horse battery".toCharArray())).isTrue();
            archive.addOfficer("officer3", "correct horse battery".toCharArray());
            assertThat(archive.verify().intact()).isTrue();
        }
        try (Connection c = ArchiveDatabases.connect(location.jdbcUrl()); Statement s = c.createStatement()) {
            if (kind == ArchiveDatabases.Kind.SQLITE) {
                s.executeUpdate("DROP TRIGGER officers_no_update");
            } else {
                s.executeUpdate("ALTER TABLE officers DISABLE TRIGGER ALL");
            }
            s.executeUpdate("UPDATE officers SET name = 'mallory' WHERE entry_no = 1");
        }
        try (Archive archive = Archives.open(location, CLOCK)) {
            Verification v = archive.verify();
            assertThat(v.mismatches()).extracting(Verification.Mismatch::path).containsExactly("officers row 1");
        }
    }
}
