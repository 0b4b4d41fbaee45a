package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveDatabases.Kind;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** respond --not-for-publication and publish over either kind of archive, each response as it may be shown. */
class PublishArchivesTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPublicationIsMadeFromEitherKindOfArchive(Kind kind) throws Exception {
        Cli cli = new Cli(dir.resolve("campaign"));
        String url = databases.url(kind, cli.out());
        assertThat(cli.generate("--quiet", "--archive", url).code()).isZero();
        assertThat(cli.command("respond", "CE-2020-001", "--received", "2020-01-15", "--summary", "Denies it",
                "--file", "src/test/resources/publish/reply.eml", "--archive", url).code()).isZero();
        Cli.Result kept = cli.command("respond", "CE-2020-002", "--received", "2020-01-16", "--summary", "Secret",
                "--not-for-publication", "--archive", url);
        assertThat(kept.out()).contains("not for publication");
        assertThat(cli.command("archive", "show", "CE-2020-002", "--archive", url).out()).contains(
                ", received 2020-01-16: Secret, recorded ").contains(" (not for publication)\n");
        assertThat(cli.command("archive", "verify", "--archive", url).code()).isZero();

        Path site = dir.resolve("site");
        Cli.Result r = cli.command("publish", "--as-of", "2020-02-01", "--to", site.toString(), "--archive", url);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("published cloud-extraction-2020 as of 2020-02-01: 5 companies (2 responded,"
                + " 3 did not respond)");
        Map<String, byte[]> files = PublishCommandTest.files(site);
        assertThat(files).containsKeys("responses/ce-2020-001-1.txt", "companies/ce-2020-002-northwind-home-ltd.html");
        assertThat(files.keySet()).noneMatch(n -> n.startsWith("responses/ce-2020-002"));
        assertThat(Files.readString(site.resolve("companies/ce-2020-002-northwind-home-ltd.html"))).contains(
                "responded (not for publication)").doesNotContain("Secret");
    }
}
