package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.briefgen.archive.ArchiveDatabases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Follow-ups in a shared PostgreSQL archive: issued once, the chain in the tracker, the archive intact. */
class FollowUpPostgresTest {

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    @TempDir
    Path dir;

    @Test
    void followUpsInAPostgresArchive() {
        Cli cli = new Cli(dir);
        String url = databases.url(ArchiveDatabases.Kind.POSTGRESQL, cli.out());
        assertThat(cli.generate("--quiet", "--archive", url).code()).isZero();
        assertThat(cli.command("respond", "CE-2020-001", "--received", "2020-01-15", "--archive", url).code())
                .isZero();

        Cli.Result first = cli.generate("--follow-up", "--as-of", "2020-01-20", "--archive", url);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("CE-2020-002-F1", "CE-2020-003-F1", "CE-2020-004-F1", "follow-ups of round 1")
                .doesNotContain("CE-2020-001-F1");
        assertThat(cli.generate("--follow-up", "--as-of", "2020-01-20", "--archive", url).out())
                .startsWith("nothing new to follow up");

        String tracker = cli.command("tracker", "--as-of", "2020-01-20", "--archive", url).out()
                .replaceAll(" {2,}", "  ");
        assertThat(tracker).contains("overdue by 3 days, followed up by CE-2020-004-F1\n",
                "CE-2020-004-F1  Søndergaard Connect ApS  2020-01-20  2020-01-27  awaiting, follow-up 1 to CE-2020-004\n");
        Cli.Result verify = cli.command("archive", "verify", "--archive", url);
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).startsWith("intact: ").contains(" letters, 1 response");
        int letters = Integer.parseInt(verify.out().substring("intact: ".length(), verify.out().indexOf(' ', 8)));
        // each letter but Amazon's has its follow-up
        assertThat(letters % 2).isOne();
    }
}
