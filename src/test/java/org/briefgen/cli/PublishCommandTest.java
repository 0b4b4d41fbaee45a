package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.briefgen.PdfText;
import org.briefgen.VeraPdf;
import org.briefgen.failure.ExitCode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** publish on the bundled campaign: who responded, who did not, what may be shown, and the same bytes twice. */
class PublishCommandTest {

    static final Path REPLIES = Path.of("src/test/resources/publish");

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void issuedAndAnswered() {
        cli = new Cli(dir);
        assertThat(cli.generate("--quiet").code()).isZero();
        ok(cli.command("respond", "CE-2020-001", "--received", "2020-01-15", "--summary",
                "Denies sharing data <script>alert('summary')</script>; call Jane on 020 7946 0958", "--file", REPLIES
                        .resolve("reply.eml").toString()));
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        return r;
    }

    private Cli.Result publish(Path to, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("publish", "--as-of", "2020-02-01", "--to", to
                .toString()));
        args.addAll(List.of(more));
        return cli.command(args.toArray(String[]::new));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every file under {@code root}, by its path relative to it. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void listsEveryCompanyWithItsOutcomeAndLinksTheResponse() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result r = ok(publish(site));
        assertThat(r.out()).startsWith("published cloud-extraction-2020 as of 2020-02-01: 5 companies (1 responded,"
                + " 4 did not respond)\n");

        String index = read(site.resolve("index.html"));
        assertThat(index).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">").contains(
                "<a class=\"skip\" href=\"#content\">", "<link rel=\"stylesheet\" href=\"style.css\">",
                "<a href=\"briefing.pdf\">Research briefing (PDF)</a>",
                "<dt>What we asked</dt><dd>Cloud analytics: Request for response regarding potential misuse of your"
                        + " customer data</dd>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"",
                "Bar chart: Outcomes as of 1 February 2020 Responded 1, Responded after the deadline 0, Did not"
                        + " respond 4, Awaiting a response 0");
        // nothing fetched from elsewhere, nothing run: the folder works offline, from a disk
        assertThat(index).doesNotContain("<script", "https://", " src=");
        for (String[] company : new String[][] {{"ce-2020-001-amazon-uk", "Amazon UK", "responded"},
                {"ce-2020-002-northwind-home-ltd", "Northwind Home Ltd", "did not respond"},
                {"ce-2020-003-fieldfare-messaging-ltd", "Fieldfare Messaging Ltd", "did not respond"},
                {"ce-2020-004-sondergaard-connect-aps", "Søndergaard Connect ApS", "did not respond"},
                {"ce-2020-005-maisonnette-connectee-sas", "Maisonnette Connectée SAS", "did not respond"}}) {
            assertThat(index).contains("<a href=\"companies/" + company[0] + ".html\">" + company[1] + "</a>");
            String page = read(site.resolve("companies/" + company[0] + ".html"));
            assertThat(page).contains("<h1>" + company[1] + "</h1>", "class=\"badge outcome-", ">" + company[2]
                    + "</span>", "<dt>Written to on</dt><dd>7 January 2020</dd>",
                    "<dt>Deadline</dt><dd>17 January 2020</dd>", "<a href=\"../letters/" + company[0] + ".pdf\">"
                            + "Our letter of 7 January 2020 (PDF)</a>");
            assertThat(Files.readAllBytes(site.resolve("letters/" + company[0] + ".pdf"))).isEqualTo(Files
                    .readAllBytes(cli.out().resolve("cloud-extraction-2020/" + company[0].substring(0, 11)
                            .toUpperCase() + company[0].substring(11) + ".pdf")));
        }
        assertThat(read(site.resolve("companies/ce-2020-003-fieldfare-messaging-ltd.html"))).contains(
                "<p>The deadline passed on 17 January 2020 without a response.</p>");

        String amazon = read(site.resolve("companies/ce-2020-001-amazon-uk.html"));
        assertThat(amazon).contains("<p>Received on 15 January 2020, 8 days after our letter.</p>",
                "<p class=\"summary\">Denies sharing data &lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt;; call"
                        + " Jane on [phone number removed]</p>",
                "<a href=\"../responses/ce-2020-001-1.txt\">The response as text (TXT)</a>",
                "Re: CE-2020-001 Cloud analytics &lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;",
                "Call me on [phone number removed] or [phone number removed],",
                "or write to me at [e-mail address removed]; our team is at eu-privacy@amazon.co.uk.",
                "Our reference is CE-2020-001, dated 2020-01-15.", "&lt;b&gt;Kind regards&lt;/b&gt;");
        // the archive's head (a digest, new at every run) could hold "7946" by chance
        assertThat(RedactionHoldsTest.withoutDigests(amazon)).doesNotContain("jane.doe@gmail.com", "7946", "<script");
        String text = read(site.resolve("responses/ce-2020-001-1.txt"));
        assertThat(text).startsWith("Subject: Re: CE-2020-001 Cloud analytics <script>").contains(
                "or write to me at [e-mail address removed]").doesNotContain("jane.doe", "7946", "From:");

        String report = PdfText.flat(PdfText.extract(site.resolve("report.pdf")));
        assertThat(report).contains("Cloud analytics", "Amazon UK", "Northwind Home Ltd", "Fieldfare Messaging Ltd",
                "Søndergaard Connect ApS", "Did not respond", "Received on 15 January 2020",
                "call Jane on [phone number removed]").doesNotContain("jane.doe@gmail.com");
    }

    @Test
    void theReportIsPdfAAndPdfUa() throws Exception {
        Path site = dir.resolve("site");
        ok(publish(site));
        byte[] pdf = Files.readAllBytes(site.resolve("report.pdf"));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aResponseNotForPublicationHasNoFileAndNoSummaryUnderTheFolder() throws Exception {
        Path secret = dir.resolve("secret.pdf");
        Files.writeString(secret, "%PDF-1.4 the-secret-words");
        Cli.Result r = ok(cli.command("respond", "CE-2020-002", "--received", "2020-01-16", "--summary",
                "Confidential: our lawyers' view", "--file", secret.toString(), "--not-for-publication"));
        assertThat(r.out()).contains("; not for publication\n");
        assertThat(ok(cli.command("archive", "show", "CE-2020-002")).out()).contains("(not for publication)");

        Path site = dir.resolve("site");
        ok(publish(site));
        String northwind = read(site.resolve("companies/ce-2020-002-northwind-home-ltd.html"));
        assertThat(northwind).contains(">responded (not for publication)</span>",
                "<p>The company responded on 16 January 2020 and asked that its response be kept private, so we do"
                        + " not publish it.</p>");
        assertThat(read(site.resolve("index.html"))).contains("responded (not for publication)");
        for (Map.Entry<String, byte[]> f : files(site).entrySet()) {
            assertThat(f.getKey()).as("no copy of the private response").doesNotStartWith("responses/ce-2020-002");
            String content = new String(f.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(content).as(f.getKey()).doesNotContain("the-secret-words", "Confidential", "lawyers");
        }
        assertThat(PdfText.extract(site.resolve("report.pdf"))).doesNotContain("Confidential").contains(
                "responded (not for publication)");
    }

    @Test
    void aCorrectionOfAPrivateResponseStaysPrivate() throws Exception {
        ok(cli.command("respond", "CE-2020-002", "--received", "2020-01-16", "--summary", "Private words",
                "--not-for-publication"));
        ok(cli.command("respond", "CE-2020-002", "--correction", "--received", "2020-01-17", "--summary",
                "Private words, corrected"));
        Path site = dir.resolve("site");
        ok(publish(site));
        String northwind = read(site.resolve("companies/ce-2020-002-northwind-home-ltd.html"));
        assertThat(northwind).contains("responded (not for publication)").doesNotContain("Private words");
    }

    @Test
    void theSameArchiveAndDayGiveTheSameBytes() throws Exception {
        ok(cli.command("respond", "CE-2020-003", "--received", "2020-01-25", "--summary", "Late, but here",
                "--file", REPLIES.resolve("hostile.eml").toString()));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        ok(publish(first));
        ok(publish(second));
        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(b.keySet()).isEqualTo(a.keySet()).contains(".briefgen-publication", "index.html", "style.css",
                "report.pdf", "briefing.pdf", "responses/ce-2020-001-1.txt", "responses/ce-2020-003-2.txt");
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        // publishing again into an earlier publication replaces it, with the same bytes
        ok(publish(first));
        Map<String, byte[]> again = files(first);
        assertThat(again.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void onlyWhatWasKnownOnTheDayIsPublished() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result r = ok(cli.command("publish", "--as-of", "2020-01-10", "--to", site.toString()));
        assertThat(r.out()).startsWith("published cloud-extraction-2020 as of 2020-01-10: 5 companies (5 awaiting)");
        String amazon = read(site.resolve("companies/ce-2020-001-amazon-uk.html"));
        assertThat(amazon).contains(">awaiting a response</span>",
                "<p>The deadline is 17 January 2020; no response had arrived as of 10 January 2020.</p>")
                .doesNotContain("Denies");
        assertThat(Files.exists(site.resolve("responses"))).isFalse();

        Path before = dir.resolve("before");
        r = ok(cli.command("publish", "--as-of", "2020-01-06", "--to", before.toString()));
        assertThat(read(before.resolve("index.html"))).contains("No letter of this campaign had been issued as of"
                + " 6 January 2020.");

        Path late = dir.resolve("late");
        ok(cli.command("respond", "CE-2020-003", "--received", "2020-01-25", "--summary", "Late answer"));
        ok(cli.command("publish", "--as-of", "2020-02-01", "--to", late.toString()));
        assertThat(read(late.resolve("companies/ce-2020-003-fieldfare-messaging-ltd.html"))).contains(
                ">responded after the deadline</span>", "<p>The response arrived after the deadline of 17 January"
                        + " 2020.</p>",
                "Late answer");
    }

    @Test
    void aHostileReplyIsPrintedNeverRun() throws Exception {
        ok(cli.command("respond", "CE-2020-003", "--received", "2020-01-16", "--summary",
                "<img src=x onerror=alert(1)>",
                "--file", REPLIES.resolve("hostile.eml").toString()));
        Path site = dir.resolve("site");
        ok(publish(site));
        String page = read(site.resolve("companies/ce-2020-003-fieldfare-messaging-ltd.html"));
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;", "We decline.",
                "Reach us: [e-mail address removed] &lt;b&gt;", "Hello evil").doesNotContain("<script", "<img",
                        "\u202e", "tracker.example", "mallory@");
    }

    @Test
    void redactionCanBeTurnedOff() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result r = ok(publish(site, "--no-redact"));
        assertThat(r.out()).contains("(not redacted)");
        String amazon = read(site.resolve("companies/ce-2020-001-amazon-uk.html"));
        assertThat(amazon).contains("jane.doe@gmail.com", "+44 (0)20 7946 0958",
                "<a href=\"../responses/ce-2020-001-1.eml\">The response as received (EML)</a>");
        assertThat(Files.readAllBytes(site.resolve("responses/ce-2020-001-1.eml"))).isEqualTo(Files.readAllBytes(
                REPLIES.resolve("reply.eml")));
    }

    @Test
    void aBinaryReplyIsWithheldUnlessRedactionIsOff() throws Exception {
        Path reply = dir.resolve("reply.docx");
        Files.write(reply, new byte[] {'P', 'K', 3, 4, 'j', 'a', 'n', 'e', '@', 'x', '.', 'o', 'r', 'g'});
        ok(cli.command("respond", "CE-2020-004", "--received", "2020-01-16", "--summary", "See the file",
                "--file", reply.toString()));
        Path site = dir.resolve("site");
        ok(publish(site));
        assertThat(read(site.resolve("companies/ce-2020-004-sondergaard-connect-aps.html"))).contains(
                "The response is a DOCX file. It is not published here");
        assertThat(files(site).keySet()).noneMatch(name -> name.startsWith("responses/ce-2020-004"));

        Path open = dir.resolve("open");
        ok(publish(open, "--no-redact"));
        assertThat(Files.readAllBytes(open.resolve("responses/ce-2020-004-2.docx"))).isEqualTo(Files.readAllBytes(
                reply));
    }

    /** A one-page PDF reply saying {@code text}, with a small image drawn on it when {@code image}. */
    static byte[] pdfReply(String text, boolean image) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfWriter(out));
                com.itextpdf.layout.Document document = new com.itextpdf.layout.Document(pdf)) {
            for (String line : text.split("\n")) {
                document.add(new com.itextpdf.layout.element.Paragraph(line));
            }
            if (image) {
                java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(4, 4,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                document.add(new com.itextpdf.layout.element.Image(com.itextpdf.io.image.ImageDataFactory.create(scan,
                        null)));
            }
        }
        return out.toByteArray();
    }

    @Test
    void aPdfReplyIsPublishedWithItsContactDetailsRemovedAndTheSameBytesEachTime() throws Exception {
        Path reply = dir.resolve("reply.pdf");
        Files.write(reply, pdfReply("Dear Privacy International,\nWe do not share data. Call Sam on +44 20 7946 0123"
                + " or write to sam.smith@example.net.\nOur privacy team: dpo@fieldfare.example.org", false));
        ok(cli.command("respond", "CE-2020-003", "--received", "2020-01-16", "--summary", "Fieldfare denies it",
                "--file", reply.toString()));
        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, pdfReply("Scanned: call 020 7946 0999", true));
        ok(cli.command("respond", "CE-2020-004", "--received", "2020-01-16", "--summary", "A scan", "--file", scan
                .toString()));

        Path site = dir.resolve("site");
        ok(publish(site));
        String fieldfare = read(site.resolve("companies/ce-2020-003-fieldfare-messaging-ltd.html"));
        assertThat(fieldfare).contains("<a href=\"../responses/ce-2020-003-2.pdf\">The response as received, personal"
                + " contact details removed (PDF)</a>");
        String text = PdfText.flat(PdfText.extract(site.resolve("responses/ce-2020-003-2.pdf")));
        assertThat(text).contains("We do not share data. Call Sam on", "Our privacy team: dpo@fieldfare.example.org")
                .doesNotContain("7946", "sam.smith", "example.net");
        // a scan may show what no pattern can find: it is not published
        assertThat(read(site.resolve("companies/ce-2020-004-sondergaard-connect-aps.html"))).contains(
                "The response is a PDF file that holds images (perhaps a scan). It is not published here");
        assertThat(files(site).keySet()).noneMatch(name -> name.startsWith("responses/ce-2020-004"));

        // a second later (the clock's seconds would show in a date), the same bytes
        Thread.sleep(1100);
        Path again = dir.resolve("again");
        ok(publish(again));
        Map<String, byte[]> a = files(site);
        Map<String, byte[]> b = files(again);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aFolderThatIsAFileOrHoldsOtherFilesIsRefused() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "mine");
        Cli.Result r = publish(file);
        assertThat(r.code()).isEqualTo(ExitCode.NOT_A_PUBLICATION_FOLDER);
        assertThat(r.err()).contains(file + " is a file, not a folder: --to names the folder the publication is"
                + " written to");
        assertThat(Files.readString(file)).isEqualTo("mine");

        Path folder = dir.resolve("thesis");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("chapter-1.md"), "my work");
        r = publish(folder);
        assertThat(r.code()).isEqualTo(ExitCode.NOT_A_PUBLICATION_FOLDER);
        assertThat(r.err()).contains(folder + " holds files that are not a briefgen publication (chapter-1.md)");
        assertThat(files(folder).keySet()).containsExactly("chapter-1.md");
    }

    @Test
    void aReplyInCharactersTheReportCannotDrawIsReadOnItsPage() throws Exception {
        Path reply = dir.resolve("reply.txt");
        Files.writeString(reply, "ご連絡ありがとうございます。\nWe decline.\n");
        ok(cli.command("respond", "CE-2020-002", "--received", "2020-01-16", "--summary", "丁寧にお断り", "--file",
                reply.toString()));
        Path site = dir.resolve("site");
        ok(publish(site));
        assertThat(read(site.resolve("companies/ce-2020-002-northwind-home-ltd.html"))).contains("丁寧にお断り",
                "<pre>ご連絡ありがとうございます。\nWe decline.</pre>");
        byte[] pdf = Files.readAllBytes(site.resolve("report.pdf"));
        assertThat(PdfText.flat(PdfText.extract(pdf))).contains("Summary: (Written in characters this report's fonts"
                + " cannot draw: read it on the company's web page.)");
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void nothingIsWrittenThroughALinkLeftInAnEarlierPublication() throws Exception {
        Path site = dir.resolve("site");
        ok(publish(site));
        Path victim = dir.resolve("victim");
        Files.createDirectories(victim);
        Files.writeString(victim.resolve("keep.txt"), "mine");
        try (Stream<Path> letters = Files.list(site.resolve("letters"))) {
            for (Path p : letters.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(site.resolve("letters"));
        Files.createSymbolicLink(site.resolve("letters"), victim);

        ok(publish(site));
        assertThat(files(victim)).containsOnlyKeys("keep.txt");
        assertThat(Files.readString(victim.resolve("keep.txt"))).isEqualTo("mine");
        assertThat(Files.isSymbolicLink(site.resolve("letters"))).isFalse();
        assertThat(files(site).keySet()).filteredOn(n -> n.startsWith("letters/")).hasSize(5);
    }

    @Test
    void anUnknownCampaignIsNamed() {
        Cli.Result r = cli.command("publish", "--campaign", "nope", "--as-of", "2020-02-01", "--to", dir.resolve(
                "site").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("holds no letter of campaign 'nope' (it holds cloud-extraction-2020)");
        assertThat(Files.exists(dir.resolve("site"))).isFalse();
    }
}
