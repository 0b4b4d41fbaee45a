package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveDatabases.Kind;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issued files kept in the archive itself: written back out by archive export --files, checked by verify. */
class StoredFilesTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    Cli cli;
    String url;

    @BeforeEach
    void campaign() {
        cli = new Cli(dir.resolve("campaign"));
    }

    private Cli.Result command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--archive", url));
        return cli.command(all.toArray(String[]::new));
    }

    private static List<String> tree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().contains("cloud-extraction-2020/CE-"))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyIssuedFileComesBackOutOfTheArchiveAndVerifyChecksTheCopies(Kind kind) throws Exception {
        url = databases.url(kind, cli.out());
        // SQLite keeps files when asked; PostgreSQL always does
        assertThat(cli.generate(kind == Kind.SQLITE ? new String[] {"--archive", url, "--store-files"}
                : new String[] {"--archive", url}).code()).isZero();
        Path back = dir.resolve("back");
        Cli.Result export = command("archive", "export", "--files", back.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("18 files written to " + back);
        assertThat(tree(back)).hasSize(18).isEqualTo(tree(cli.out()));
        for (String file : tree(back)) {
            assertThat(Files.readAllBytes(back.resolve(file))).as(file).isEqualTo(Files.readAllBytes(cli.out()
                    .resolve(file)));
        }
        assertThat(command("archive", "verify").out()).startsWith("intact: 5 letters, 0 responses, 18 files");

        // a stored copy changed behind the archive's back
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate(kind == Kind.SQLITE ? "DROP TRIGGER blobs_no_update"
                    : "ALTER TABLE blobs DISABLE TRIGGER ALL");
            s.executeUpdate("UPDATE blobs SET content = " + (kind == Kind.SQLITE ? "X'00'" : "'\\x00'::bytea")
                    + " WHERE sha256 IN (SELECT sha256 FROM letter_files WHERE path LIKE '%CE-2020-003%.pdf')");
        }
        Cli.Result verify = command("archive", "verify");
        assertThat(verify.code()).isEqualTo(3);
        assertThat(verify.out()).contains("mismatch: CE-2020-003 cloud-extraction-2020/CE-2020-003-fieldfare-messaging"
                + "-ltd.pdf: stored copy changed").contains("NOT intact: 1 mismatch");
        Cli.Result refused = command("archive", "export", "--files", dir.resolve("again").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("the archive's copy of cloud-extraction-2020/CE-2020-003");
    }

    @Test
    void anSqliteArchiveKeepsNoFilesUnlessAsked() {
        url = "jdbc:sqlite:" + cli.out().resolve("archive.sqlite");
        assertThat(cli.generate().code()).isZero();
        Cli.Result r = command("archive", "export", "--files", dir.resolve("back").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("keeps no files").contains("--store-files");
        assertThat(dir.resolve("back")).doesNotExist();
        assertThat(command("archive", "verify").code()).isZero();
    }
}
