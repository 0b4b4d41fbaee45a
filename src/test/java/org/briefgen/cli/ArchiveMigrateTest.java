package org.briefgen.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveDatabases.Kind;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** archive migrate: the SQLite archive of a finished run copied into PostgreSQL, every row as it was. */
class ArchiveMigrateTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    private static List<IssuedLetter> letters(String url, Path out) {
        try (Archive a = Archives.openExisting(new ArchiveLocation(url, out), Clock.systemUTC())) {
            return a.letters();
        }
    }

    private static List<Response> responses(String url, Path out) {
        try (Archive a = Archives.openExisting(new ArchiveLocation(url, out), Clock.systemUTC())) {
            return a.responses();
        }
    }

    @Test
    void aFinishedSqliteRunMovesToPostgresWithItsReferencesHashesAndResponses() {
        Cli cli = new Cli(dir.resolve("campaign"));
        assertThat(cli.generate("--as", "Ada").code()).isZero();
        assertThat(cli.generate("--reissue", "CE-2020-002").code()).isZero();
        assertThat(cli.command("respond", "CE-2020-001", "--received", "2020-01-10", "--summary", "Sent data").code())
                .isZero();
        assertThat(cli.command("respond", "CE-2020-001", "--received", "2020-01-11", "--correction").code()).isZero();
        String sqlite = "jdbc:sqlite:" + cli.out().resolve("archive.sqlite");
        String postgres = databases.url(Kind.POSTGRESQL, cli.out());

        Cli.Result r = cli.command("archive", "migrate", "--from", sqlite, "--to", postgres);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("copied 6 letters, 2 responses, 22 files checked: " + postgres
                + " is intact\n");
        assertThat(letters(postgres, cli.out())).isEqualTo(letters(sqlite, cli.out()));
        assertThat(responses(postgres, cli.out())).isEqualTo(responses(sqlite, cli.out()));
        Cli.Result verify = cli.command("archive", "verify", "--archive", postgres);
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).startsWith("intact: 6 letters, 2 responses");
        assertThat(cli.command("tracker", "--archive", postgres, "--as-of", "2020-01-12").out())
                .contains("CE-2020-001", "responded 11 January 2020");
        // the PostgreSQL archive keeps the files, taken from the disk when the SQLite one did not
        Path back = dir.resolve("back");
        assertThat(cli.command("archive", "export", "--archive", postgres, "--files", back.toString()).out())
                .contains("22 files written");

        // again: the target holds the campaign now, and is named
        Cli.Result again = cli.command("archive", "migrate", "--from", sqlite, "--to", postgres);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds letters of cloud-extraction-2020");
        assertThat(letters(postgres, cli.out())).hasSize(6);
    }

    @Test
    void aSourceThatIsNotIntactIsNotCopied() throws Exception {
        Cli cli = new Cli(dir.resolve("campaign"));
        assertThat(cli.generate().code()).isZero();
        java.nio.file.Files.delete(cli.out().resolve("cloud-extraction-2020/CE-2020-003-fieldfare-messaging-ltd.pdf"));
        String postgres = databases.url(Kind.POSTGRESQL, cli.out());
        Cli.Result r = cli.command("archive", "migrate", "--from", "jdbc:sqlite:" + cli.out().resolve("archive.sqlite"),
                "--to", postgres);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not intact (1 mismatches");
        Cli.Result verify = cli.command("archive", "list", "--archive", postgres);
        assertThat(verify.out()).doesNotContain("CE-2020-00");
    }
}
