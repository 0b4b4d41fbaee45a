package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.failure.ExitCode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27's forged replies, as an attacker sends them: a message counts as a company's response only
 * when it comes from an address (or domain) the company is known by and the organisation's receiving
 * server did not say it failed authentication; everything else that names a letter waits in the review
 * list, and never reaches the tracker or the publication until an officer confirms it.
 */
class ForgedRepliesTest {

    /** The organisation's own receiving server, which adds the topmost Received: and Authentication-Results:. */
    static final String OUR_MX = "mx.privacyinternational.org";

    @TempDir
    static Path generated;

    @TempDir
    Path dir;

    Cli cli;
    Path inbox;

    @BeforeAll
    static void generate() {
        Cli.Result r = new Cli(generated).generate();
        assertThat(r.code()).as(r.err()).isZero();
    }

    @BeforeEach
    void copy() throws IOException {
        TestCampaigns.copyTree(generated, dir);
        cli = new Cli(dir);
        TestCampaigns.copyTree(generated.resolve("out"), cli.out());
        inbox = Files.createDirectories(dir.resolve("inbox"));
    }

    private String letterId(String reference) throws IOException {
        try (Stream<Path> files = Files.list(cli.out().resolve("cloud-extraction-2020"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(reference)
                    && f.toString().endsWith(".eml")).findFirst().orElseThrow();
            return SendAndInboxTest.messageId(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
    }

    /** A message as our server stored it: its Received: and (when given) Authentication-Results: on top. */
    static String message(String from, String subject, String extraHeaders, String authResults, String received,
            String date) {
        String auth = authResults == null ? "" : "Authentication-Results: " + authResults + "\n";
        return ("Received: from mail.sender.example (mail.sender.example [192.0.2.7])\n\tby " + OUR_MX
                + " (Postfix) with ESMTPS id 4F2A1; " + received + "\n" + auth
                + """
                        From: %s
                        To: info@privacyinternational.org
                        Subject: %s
                        Date: %s
                        Message-ID: <%s@sender.example>
                        %sMIME-Version: 1.0
                        Content-Type: text/plain; charset=UTF-8

                        We confess everything.
                        """.formatted(from, subject, date,
                        Integer.toHexString((from + subject + extraHeaders).hashCode()),
                        extraHeaders))
                .replace("\n", "\r\n");
    }

    private void drop(String name, String text) throws IOException {
        Files.writeString(inbox.resolve(name), text);
    }

    private Cli.Result read(String... more) {
        String[] args = Stream.concat(Stream.of("inbox", "--from", inbox.toString()), Stream.of(more))
                .toArray(String[]::new);
        Cli.Result r = cli.command(args);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        return r;
    }

    private String trackerLine(String reference) {
        Cli.Result r = cli.command("tracker");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().lines().filter(l -> l.contains(reference)).findFirst().orElseThrow();
    }

    /** Amazon UK's page of the publication; no file of the whole site (pages, copied replies, report) holds "confess". */
    private String published() throws IOException {
        Path site = dir.resolve("site");
        Cli.Result r = cli.command("publish", "--as-of", "2020-02-01", "--to", site.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = f.toString().endsWith(".pdf") ? org.briefgen.PdfText.flat(org.briefgen.PdfText.extract(f))
                        : new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(text).as(f.toString()).doesNotContain("confess");
            }
        }
        return Files.readString(site.resolve("companies/ce-2020-001-amazon-uk.html"));
    }

    @Test
    void aStrangersSubjectNamingALetterWaitsForReviewAndIsNeitherTrackedNorPublished() throws IOException {
        drop("forged.eml", message("Mallory <mallory@evil.example>", "Re: CE-2020-001 we confess everything", "",
                null, "Tue, 14 Jan 2020 10:15:03 +0000", "Tue, 14 Jan 2020 10:15:00 +0000"));

        Cli.Result r = read();
        assertThat(r.out()).doesNotContain("recorded: CE-2020-001").contains("for review: CE-2020-001",
                "mallory@evil.example", "0 recorded", "1 for review");
        assertThat(trackerLine("CE-2020-001")).doesNotContain("responded");
        assertThat(published()).doesNotContain("confess").contains("did not respond");
        assertThat(cli.command("inbox", "review").out()).contains("#1 CE-2020-001", "Amazon UK",
                "Mallory <mallory@evil.example>", "Re: CE-2020-001 we confess everything");
    }

    @Test
    void aStrangerWhoseInReplyToNamesALettersMessageIdWaitsForReview() throws IOException {
        drop("forged.eml", message("Mallory <mallory@evil.example>", "Re: your letter", "In-Reply-To: "
                + letterId("CE-2020-001") + "\n", null, "Tue, 14 Jan 2020 10:15:03 +0000",
                "Tue, 14 Jan 2020 10:15:00 +0000"));

        assertThat(read().out()).doesNotContain("recorded: CE-2020-001").contains("for review: CE-2020-001");
        assertThat(trackerLine("CE-2020-001")).doesNotContain("responded");
        assertThat(published()).doesNotContain("confess");
    }

    @Test
    void aGenuineReplyIsRecordedReceivedWhenOurServerSaysNotWhenItsDateSays() throws IOException {
        // answered after the deadline (17 January), its Date: written as if before it
        drop("reply.eml", message("Data Protection Officer <eu-privacy@amazon.co.uk>", "Re: Cloud analytics",
                "In-Reply-To: " + letterId("CE-2020-001") + "\n", OUR_MX
                        + "; dkim=pass header.d=amazon.co.uk header.s=s1; spf=pass smtp.mailfrom=amazon.co.uk;"
                        + " dmarc=pass (p=REJECT) header.from=amazon.co.uk",
                "Mon, 20 Jan 2020 09:00:07 +0000", "Thu, 16 Jan 2020 09:00:00 +0000"));

        assertThat(read().out()).contains("recorded: CE-2020-001: reply by in-reply-to, dmarc=pass by " + OUR_MX);
        assertThat(trackerLine("CE-2020-001")).contains("responded 20 January 2020");
        Cli.Result shown = cli.command("archive", "show", "CE-2020-001");
        assertThat(shown.out()).contains("response, received 2020-01-20", "inbox message",
                "received 2020-01-20T09:00:07Z", "its Date: 2020-01-16T09:00:00Z", "dmarc=pass by " + OUR_MX);
        assertThat(cli.command("archive", "verify").code()).isZero();
    }

    @Test
    void aReplyFromTheRightAddressThatOurServerSaysFailedDmarcWaitsForReview() throws IOException {
        drop("spoofed.eml", message("Data Protection Officer <eu-privacy@amazon.co.uk>", "Re: CE-2020-001", "",
                OUR_MX + "; dkim=none; spf=fail smtp.mailfrom=evil.example; dmarc=fail (p=NONE)"
                        + " header.from=amazon.co.uk",
                "Tue, 14 Jan 2020 10:15:03 +0000", "Tue, 14 Jan 2020 10:15:00 +0000"));

        assertThat(read().out()).contains("for review: CE-2020-001", "dmarc=fail");
        assertThat(trackerLine("CE-2020-001")).doesNotContain("responded");
    }

    @Test
    void aPassingAuthenticationResultsTheSenderWroteBelowOursDoesNotCount() throws IOException {
        // ours (topmost) says fail; the sender's own, lower down, claims our server's name and a pass
        String forged = "Authentication-Results: " + OUR_MX + "; dmarc=pass header.from=amazon.co.uk\n";
        drop("spoofed.eml", message("Data Protection Officer <eu-privacy@amazon.co.uk>", "Re: CE-2020-001", forged,
                OUR_MX + "; dmarc=fail header.from=amazon.co.uk", "Tue, 14 Jan 2020 10:15:03 +0000",
                "Tue, 14 Jan 2020 10:15:00 +0000"));

        assertThat(read("--authserv-id", OUR_MX).out()).contains("for review: CE-2020-001", "dmarc=fail");
        assertThat(trackerLine("CE-2020-001")).doesNotContain("responded");
    }

    @Test
    void aDomainListedInTheRecipientsReplyDomainsColumnCounts() throws IOException {
        Path csv = cli.data().resolve("recipients.csv");
        String table = Files.readString(csv);
        Files.writeString(csv, table.replaceFirst("language\\n", "language,reply_domains\n").replaceFirst(
                "(amazon-uk,[^\\n]*)\\n", "$1,amazon.example; legal.amazon.example\n"));
        drop("legal.eml", message("Legal <counsel@legal.amazon.example>", "Re: CE-2020-001", "", null,
                "Tue, 14 Jan 2020 10:15:03 +0000", "Tue, 14 Jan 2020 10:15:00 +0000"));

        assertThat(read("--data", cli.data().toString()).out()).contains("recorded: CE-2020-001");
        assertThat(trackerLine("CE-2020-001")).contains("responded 14 January 2020");
    }

    @Test
    void anOfficerConfirmsOrDismissesFromTheReviewListByName() throws IOException {
        drop("a.eml", message("Amazon Legal <legal@amazon-legal.example>", "Re: CE-2020-001 our answer", "", null,
                "Tue, 14 Jan 2020 10:15:03 +0000", "Tue, 14 Jan 2020 10:15:00 +0000"));
        drop("b.eml", message("Mallory <mallory@evil.example>", "Re: CE-2020-002 we confess", "", null,
                "Wed, 15 Jan 2020 10:15:03 +0000", "Wed, 15 Jan 2020 10:15:00 +0000"));
        assertThat(read().out()).contains("2 for review");
        Cli.Result list = cli.command("inbox", "review");
        assertThat(list.out()).contains("#1 CE-2020-001", "#2 CE-2020-002", "2 message(s) awaiting review",
                "received 2020-01-14T10:15:03Z", "its Date: 2020-01-14T10:15:00Z");

        Cli.Result nameless = cli.command("inbox", "review", "--confirm", "1");
        assertThat(nameless.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(nameless.err()).contains("--as NAME");

        Cli.Result confirmed = cli.command("inbox", "review", "--confirm", "1", "--as", "Ada Officer");
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("confirmed #1", "Amazon UK's response to CE-2020-001",
                "Ada Officer");
        Cli.Result dismissed = cli.command("inbox", "review", "--dismiss", "2", "--as", "Ada Officer", "--comment",
                "not from Northwind");
        assertThat(dismissed.code()).as(dismissed.err()).isZero();
        assertThat(dismissed.out()).contains("dismissed #2");

        assertThat(trackerLine("CE-2020-001")).contains("responded 14 January 2020");
        assertThat(trackerLine("CE-2020-002")).doesNotContain("responded");
        assertThat(cli.command("inbox", "review").out()).contains("0 message(s) awaiting review");
        assertThat(cli.command("inbox", "review", "--all").out()).contains("confirmed by Ada Officer",
                "dismissed by Ada Officer", "not from Northwind");
        Cli.Result twice = cli.command("inbox", "review", "--dismiss", "1", "--as", "Bob Officer");
        assertThat(twice.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twice.err()).contains("#1 was already confirmed by Ada Officer");
        assertThat(cli.command("archive", "show", "CE-2020-001").out()).contains("by Ada Officer");
        // reading the same inbox again holds nothing twice
        assertThat(read().out()).contains("0 recorded", "2 already recorded");
        assertThat(cli.command("archive", "verify").code()).isZero();
    }

    @Test
    void theReviewListPrintsASendersControlCharactersEscaped() throws IOException {
        // an encoded word carries an escape sequence and a line break past the MIME parser
        drop("ansi.eml",
                message("Mallory <mallory@evil.example>", "=?UTF-8?Q?Re:_CE-2020-001_=1B=5B2J_cleared=0Afake?=",
                        "", null, "Tue, 14 Jan 2020 10:15:03 +0000", "Tue, 14 Jan 2020 10:15:00 +0000"));
        assertThat(read().out()).contains("1 for review").doesNotContain("\u001b");

        for (String out : List.of(cli.command("inbox", "review").out(), cli.command("archive", "show", "CE-2020-001")
                .out())) {
            // the subject is one line and no escape sequence reaches the terminal (escaped, or a space)
            assertThat(out).contains("[2J cleared").doesNotContain("\u001b").doesNotContain("cleared\nfake");
        }
    }
}
