package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.briefgen.archive.ArchiveDatabases;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four eyes at the command line, on SQLite and PostgreSQL: with {@code approval: required}, nothing is
 * issued before an approval, nor by the officer who approved, nor after a letter changed, until it is
 * approved again; corrections need approval too; the approvals are in the archive's chain.
 */
class ApprovalTest {

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void lettersAreIssuedOnlyUnderAnotherOfficersApprovalOfThemAsTheyAre(ArchiveDatabases.Kind kind)
            throws IOException {
        Cli cli = new Cli(dir);
        Files.writeString(cli.data().resolve("campaign.yaml"), "\napproval: required\n", StandardOpenOption.APPEND);
        String url = databases.url(kind, cli.out());

        Cli.Result before = cli.generate("--as", "bob", "--archive", url);
        assertThat(before.code()).as(before.out()).isEqualTo(2);
        assertThat(before.err()).contains("campaign cloud-extraction-2020 requires approval",
                "CE-2020-001 (Amazon UK): never approved", "Northwind Home Ltd): never approved",
                "nothing was issued");
        assertThat(pdfs(cli)).isZero();

        Cli.Result approved = approve(cli, url, "alice", "--comment", "legal checked");
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(approved.out()).startsWith("approved: ").contains("by alice", "CE-2020-001 (Amazon UK)");

        Cli.Result same = cli.generate("--as", "alice", "--archive", url);
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("approved by alice, who cannot also issue it");
        assertThat(pdfs(cli)).isZero();

        // one recipient's data changes after the approval: only that letter is refused, and says what changed
        Path recipients = cli.data().resolve("recipients.csv");
        Files.writeString(recipients, Files.readString(recipients).replace("Dear Ms Okafor", "Dear Adaeze Okafor"));
        Cli.Result changed = cli.generate("--as", "bob", "--archive", url);
        assertThat(changed.code()).isEqualTo(2);
        assertThat(changed.err()).contains("1 letter is not covered", "Northwind Home Ltd): changed since its"
                + " approval #1 by alice", "its data").doesNotContain("Amazon UK");
        assertThat(pdfs(cli)).isZero();

        assertThat(approve(cli, url, "carol").code()).isZero();
        // approved as rendered on every core, checked as rendered on one thread: the same digests
        Cli.Result issued = cli.generate("--as", "bob", "--archive", url, "--jobs", "1");
        assertThat(issued.code()).as(issued.err()).isZero();
        assertThat(issued.out()).contains("CE-2020-001", "Amazon UK", "recorded in");
        assertThat(pdfs(cli)).isPositive();

        Cli.Result show = cli.command("archive", "show", "CE-2020-002", "--archive", url);
        assertThat(show.out()).contains("issued by:", "bob", "approved by:", "carol (approval #2 by carol");

        // a correction needs an approval of its own
        Cli.Result correction = cli.generate("--as", "bob", "--reissue", "CE-2020-001", "--archive", url);
        assertThat(correction.code()).isEqualTo(2);
        assertThat(correction.err()).contains("(Amazon UK), correcting CE-2020-001: never approved");
        assertThat(approve(cli, url, "alice", "--reissue", "CE-2020-001").code()).isZero();
        Cli.Result corrected = cli.generate("--as", "bob", "--reissue", "CE-2020-001", "--archive", url);
        assertThat(corrected.code()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("corrects CE-2020-001");

        Cli.Result list = cli.command("approvals", "--archive", url);
        assertThat(list.out()).contains("#1 cloud-extraction-2020 approved by alice", "comment: legal checked",
                "#2 cloud-extraction-2020 approved by carol", "#3 cloud-extraction-2020 approved by alice");
        Cli.Result verify = cli.command("archive", "verify", "--archive", url);
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void aRejectionStopsTheLettersAndOnlyApproversMayDecideOnceThereAreAccounts(ArchiveDatabases.Kind kind)
            throws IOException {
        Cli cli = new Cli(dir);
        Files.writeString(cli.data().resolve("campaign.yaml"), "\napproval: required\n", StandardOpenOption.APPEND);
        String url = databases.url(kind, cli.out());
        assertThat(approve(cli, url, "alice").code()).isZero();
        Cli.Result rejected = Cli.run("reject", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString(), "--out", cli.out().toString(), "--archive", url, "--as", "dana",
                "--comment", "the deadline is too short");
        assertThat(rejected.code()).as(rejected.err()).isZero();
        Cli.Result refused = cli.generate("--as", "bob", "--archive", url);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("rejected (rejection #2 by dana", ": the deadline is too short");

        UserCommand.environment = name -> "a long enough password";
        try {
            assertThat(cli.command("user", "add", "olive", "--role", "officer", "--archive", url).out())
                    .contains("added: olive (officer)");
            Cli.Result officer = approve(cli, url, "olive");
            assertThat(officer.code()).isEqualTo(2);
            assertThat(officer.err()).contains("olive is an officer", "only an approver or an admin approves");
            assertThat(cli.command("user", "role", "olive", "approver", "--archive", url).out())
                    .contains("olive is now approver");
            assertThat(approve(cli, url, "olive").code()).isZero();
        } finally {
            UserCommand.environment = System::getenv;
        }
        assertThat(cli.generate("--as", "bob", "--archive", url).code()).isZero();
        assertThat(cli.command("archive", "verify", "--archive", url).code()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void followUpsNeedAnApprovalOfTheirOwn(ArchiveDatabases.Kind kind) throws IOException {
        Cli cli = new Cli(dir);
        Files.writeString(cli.data().resolve("campaign.yaml"), "\napproval: required\n", StandardOpenOption.APPEND);
        String url = databases.url(kind, cli.out());
        assertThat(approve(cli, url, "alice").code()).isZero();
        assertThat(cli.generate("--quiet", "--as", "bob", "--archive", url).code()).isZero();

        Cli.Result refused = cli.generate("--follow-up", "--as-of", "2020-01-20", "--as", "bob", "--archive", url);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("CE-2020-002-F1 (", "following up CE-2020-002: never approved");
        Cli.Result approved = approve(cli, url, "alice", "--follow-up", "--as-of", "2020-01-20");
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("CE-2020-002-F1 (", "following up CE-2020-002");
        Cli.Result issued = cli.generate("--follow-up", "--as-of", "2020-01-20", "--as", "bob", "--archive", url,
                "--jobs", "1");
        assertThat(issued.code()).as(issued.err()).isZero();
        assertThat(issued.out()).contains("CE-2020-002-F1", "follows CE-2020-002");
    }

    private static Cli.Result approve(Cli cli, String url, String as, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("approve", "--data", cli.data()
                .toString(), "--templates", cli.root.resolve("templates").toString(), "--out", cli.out().toString(),
                "--archive", url, "--as", as));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static long pdfs(Cli cli) throws IOException {
        Path folder = cli.out().resolve("cloud-extraction-2020");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }
}
