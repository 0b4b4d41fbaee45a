package org.briefgen.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.briefgen.PdfText;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveDatabases.Kind;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ends of the archive's chains, anchored outside the database: someone with write access to
 * the database (its append-only triggers dropped) who removes the last row of a chain, or renames
 * an officer, is named by {@code archive verify}; on SQLite and on PostgreSQL.
 */
class ArchiveAnchorsTest {

    static final String PASSWORD = "correct horse battery";
    static final Pattern HEAD = Pattern.compile("head: ([0-9a-f]{64}:[a-z_=0-9,]+)");

    @TempDir
    Path dir;

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    Cli cli;
    String url;

    @BeforeEach
    void campaign() {
        cli = new Cli(dir);
        UserCommand.environment = name -> name.equals(UserCommand.PASSWORD_VARIABLE) ? PASSWORD : null;
    }

    @AfterEach
    void restore() {
        UserCommand.environment = System::getenv;
    }

    private Cli.Result command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--archive", url));
        return cli.command(all.toArray(String[]::new));
    }

    private Cli.Result verify(String... more) {
        List<String> all = new ArrayList<>(List.of("archive", "verify"));
        all.addAll(List.of(more));
        return command(all.toArray(String[]::new));
    }

    /** Letters, officers, a delivery, an inbox message (and its response), then a response recorded by hand. */
    private void everyChain(Kind kind) throws IOException {
        url = databases.url(kind, cli.out());
        Cli.Result generated = cli.generate("--archive", url);
        assertThat(generated.code()).as(generated.err()).isZero();
        assertThat(command("user", "add", "ada").code()).isZero();
        assertThat(command("user", "add", "grace").code()).isZero();
        String messageId = SendAndInboxTest.messageId(eml("CE-2020-001"));
        try (Archive archive = Archives.openExisting(new ArchiveLocation(url, cli.out()), Clock.systemUTC())) {
            archive.deliver(List.of(new DeliveryEvent("CE-2020-001", "eu-privacy@amazon.co.uk", DeliveryKind.SENDING,
                    messageId, 1, null, null),
                    new DeliveryEvent("CE-2020-001", "eu-privacy@amazon.co.uk",
                            DeliveryKind.SENT, messageId, 1, "2020-01-07T10:00:00Z", "250 OK")),
                    false);
        }
        Cli.Result inbox = command("inbox", "--from", reply(messageId).toString());
        assertThat(inbox.code()).as(inbox.out() + inbox.err()).isZero();
        assertThat(inbox.out()).contains("recorded: CE-2020-001");
        assertThat(command("respond", "CE-2020-002", "--received", "2020-01-10").code()).isZero();
        assertThat(verify().code()).isZero();
    }

    private String eml(String reference) throws IOException {
        try (Stream<Path> files = Files.list(cli.out().resolve("cloud-extraction-2020"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(reference) && f.toString().endsWith(
                    ".eml")).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * A folder holding the company's genuine reply to the letter whose e-mail had {@code messageId}, as the
     * organisation's server stored it (its Received: header says when it came).
     */
    private Path reply(String messageId) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("reply.eml"), """
                Received: from mail.amazon.co.uk by mx.privacyinternational.org; Tue, 14 Jan 2020 10:15:02 +0000
                From: Data Protection Officer <eu-privacy@amazon.co.uk>
                To: info@privacyinternational.org
                Subject: Re: Cloud analytics
                Date: Tue, 14 Jan 2020 10:15:00 +0000
                Message-ID: <reply-1@amazon.co.uk>
                In-Reply-To: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                We do not share data.
                """.formatted(messageId).replace("\n", "\r\n"));
        return inbox;
    }

    /** Runs {@code statements} as someone with write access to the database would: the triggers out of the way first. */
    private void behindItsBack(String... statements) throws SQLException {
        List<String> tables = List.of("letters", "letter_files", "responses", "deliveries", "inbox_messages",
                "officers");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String table : tables) {
                if (url.startsWith("jdbc:sqlite:")) {
                    for (String suffix : List.of("_no_update", "_no_delete", "_append_only")) {
                        s.executeUpdate("DROP TRIGGER IF EXISTS " + table + suffix);
                    }
                } else {
                    s.executeUpdate("ALTER TABLE " + table + " DISABLE TRIGGER ALL");
                }
            }
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private static String last(String table) {
        return "(SELECT MAX(entry_no) FROM " + table + ")";
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingTheLastRowOfAnyChainIsNamed(Kind kind) throws Exception {
        everyChain(kind);

        behindItsBack("DELETE FROM letter_files WHERE reference = 'CE-2020-005'",
                "DELETE FROM letters WHERE entry_no = " + last("letters"));
        Cli.Result letters = verify();
        assertThat(letters.code()).as(letters.out()).isEqualTo(3);
        assertThat(letters.out()).containsPattern("letters chain ends at row 4 but the anchor of \\S+ records 5 rows"
                + " \\(last sha256 [0-9a-f]{64}\\): rows were removed");

        behindItsBack("DELETE FROM deliveries WHERE entry_no = " + last("deliveries"));
        assertThat(verify().out()).contains("deliveries chain ends at row 1 but the anchor of ");

        behindItsBack("DELETE FROM responses WHERE entry_no = " + last("responses"));
        assertThat(verify().out()).contains("responses chain ends at row 1 but the anchor of ");

        behindItsBack("DELETE FROM inbox_messages WHERE entry_no = " + last("inbox_messages"));
        assertThat(verify().out()).contains("inbox_messages chain ends at row 0 but the anchor of ");

        behindItsBack("DELETE FROM officers WHERE entry_no = " + last("officers"));
        Cli.Result all = verify();
        assertThat(all.code()).isEqualTo(3);
        assertThat(all.out()).contains("officers chain ends at row 1 but the anchor of ", "letters chain ends",
                "deliveries chain ends", "responses chain ends", "inbox_messages chain ends")
                .contains("NOT intact: 5 mismatches");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void renamingAnOfficerIsNamed(Kind kind) throws Exception {
        everyChain(kind);
        behindItsBack("UPDATE officers SET name = 'mallory'");
        Cli.Result r = verify();
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("officers row 1: row changed", "officers row 2: row changed");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readingTheInboxAgainAfterItsLastRowWasRemovedIsNamed(Kind kind) throws Exception {
        everyChain(kind);
        behindItsBack("DELETE FROM inbox_messages WHERE entry_no = " + last("inbox_messages"));
        // the message is no longer known as read: reading the inbox records it a second time
        Cli.Result again = command("inbox", "--from", dir.resolve("inbox").toString());
        assertThat(again.out()).contains("recorded: CE-2020-001");

        Cli.Result r = verify();
        assertThat(r.code()).as(r.out()).isEqualTo(3);
        assertThat(r.out()).containsPattern("inbox_messages row 1 has sha256 [0-9a-f]{64} but the anchor of \\S+"
                + " records [0-9a-f]{64}: rows were removed and others recorded in their place");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aKeptHeadPassesWhileIntactAndNamesTheCutAfterwards(Kind kind) throws Exception {
        everyChain(kind);
        Cli.Result intact = verify();
        Matcher m = HEAD.matcher(intact.out());
        assertThat(m.find()).as(intact.out()).isTrue();
        String head = m.group(1);
        // the anchors in the output folder are gone too: only the head someone kept is left
        deleteAnchors();
        Cli.Result kept = verify("--expect", head);
        assertThat(kept.code()).as(kept.out()).isZero();
        assertThat(kept.out()).contains("matches the head you gave");

        behindItsBack("DELETE FROM responses WHERE entry_no = " + last("responses"));
        Cli.Result cut = verify("--expect", head);
        assertThat(cut.code()).isEqualTo(3);
        assertThat(cut.out()).contains("responses chain ends at row 1 but the head you gave records 2 rows");

        Cli.Result unanchored = verify();
        assertThat(unanchored.out()).contains("no anchor of this archive in " + cli.out().resolve("anchors"));
    }

    @Test
    void aRewrittenChainIsNamedByTheHeadEvenWhenEveryRowIsConsistent() throws Exception {
        everyChain(Kind.SQLITE);
        Matcher m = HEAD.matcher(verify().out());
        assertThat(m.find()).isTrue();
        String head = m.group(1);
        deleteAnchors();
        // a forger rewrites the newest response's summary and recomputes nothing: the row is named;
        // rewriting the last hash too is named by the head
        behindItsBack("UPDATE responses SET row_sha256 = '" + "7".repeat(64) + "' WHERE entry_no = "
                + last("responses"));
        Cli.Result r = verify("--expect", head);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("does not give the head you gave");
    }

    @Test
    void withoutAnyAnchorVerifySaysSoPlainly() throws Exception {
        everyChain(Kind.SQLITE);
        deleteAnchors();
        Cli.Result r = verify();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("no anchor of this archive in " + cli.out().resolve("anchors")).contains(
                "rows removed from the end of a chain would not show");
    }

    @Test
    void aHeadNamedByADigestAloneIsLookedUpAmongTheAnchors() throws Exception {
        everyChain(Kind.SQLITE);
        Matcher m = HEAD.matcher(verify().out());
        assertThat(m.find()).isTrue();
        String digest = m.group(1).substring(0, 64);
        assertThat(verify("--expect", digest).code()).isZero();
        deleteAnchors();
        Cli.Result unknown = verify("--expect", digest);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("is not the head of any anchor");
    }

    @Test
    void everyAppendingCommandLeavesAnAnchorOfTheHeadsItLeft() throws Exception {
        url = databases.url(Kind.SQLITE, cli.out());
        assertThat(cli.generate("--archive", url).code()).isZero();
        assertThat(anchors()).hasSize(1);
        assertThat(command("respond", "CE-2020-002", "--received", "2020-01-10").code()).isZero();
        assertThat(anchors()).hasSize(2);
        assertThat(command("user", "add", "ada").code()).isZero();
        List<Path> anchors = anchors();
        assertThat(anchors).hasSize(3);
        String newest = Files.readString(anchors.get(2));
        assertThat(newest).contains("\"letters\"", "\"responses\"", "\"officers\"", "\"rows\" : 5");
        // reading changes nothing and leaves no anchor
        assertThat(command("archive", "list").code()).isZero();
        assertThat(verify().code()).isZero();
        assertThat(anchors()).hasSize(3);
        try (Stream<Path> files = Files.list(cli.out().resolve("anchors"))) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".part"));
        }
        Matcher m = HEAD.matcher(verify().out());
        assertThat(m.find()).isTrue();
        assertThat(newest).contains(m.group(1));
    }

    @Test
    void publishAndExportPrintTheHeads() throws Exception {
        everyChain(Kind.SQLITE);
        Matcher m = HEAD.matcher(verify().out());
        assertThat(m.find()).isTrue();
        String head = m.group(1);

        Path site = dir.resolve("site");
        Cli.Result published = command("publish", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString(), "--to", site.toString(), "--as-of", "2020-02-01");
        assertThat(published.code()).as(published.err()).isZero();
        assertThat(published.out()).contains("head: " + head, "letters: 5 rows, last sha256 ",
                "officers: 2 rows, last sha256 ");
        assertThat(Files.readString(site.resolve("index.html"))).contains(head);
        assertThat(PdfText.extract(site.resolve("report.pdf")).replaceAll("\\s+", "")).contains(head);

        Cli.Result csv = command("archive", "export");
        assertThat(csv.code()).isZero();
        // the CSV is on standard output, untouched; the heads beside it
        assertThat(csv.out()).doesNotContain(head);
        assertThat(csv.err()).contains("head: " + head, "inbox_messages: 1 row, last sha256 ");
        Cli.Result xlsx = command("archive", "export", "--format", "xlsx", "--to", dir.resolve("x.xlsx").toString());
        assertThat(xlsx.out()).contains("head: " + head);
    }

    private List<Path> anchors() throws IOException {
        try (Stream<Path> files = Files.list(cli.out().resolve("anchors"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private void deleteAnchors() throws IOException {
        for (Path p : anchors()) {
            Files.delete(p);
        }
    }
}
