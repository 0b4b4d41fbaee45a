package org.briefgen.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.files.Sha256;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28's mail that arrives as mail, and dates that make sense: To: with the company's name, the
 * e-mail shown at the terminal, Date: the moment of the hand-over (its bytes' hash in the archive),
 * letters already answered skipped, and the warnings for letters dated long ago.
 */
class MailAsMailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path generated;

    static Cli.Result first;
    static Path firstData;

    @TempDir
    Path dir;

    Cli cli;

    @BeforeAll
    static void generate() {
        Cli c = new Cli(generated);
        firstData = c.data();
        first = c.generate();
        assertThat(first.code()).as(first.err()).isZero();
    }

    @BeforeEach
    void copy() {
        TestCampaigns.copyTree(generated, dir);
        cli = new Cli(dir);
        TestCampaigns.copyTree(generated.resolve("out"), cli.out());
    }

    private Cli.Result send(String... more) {
        List<String> args = new ArrayList<>(List.of("send", "--data", cli.data().toString(), "--smtp",
                "smtp://127.0.0.1:" + MAIL.getSmtp().getPort()));
        args.addAll(Arrays.asList(more));
        return cli.command(args.toArray(String[]::new));
    }

    private String eml(String reference) throws IOException {
        try (Stream<Path> files = Files.list(cli.out().resolve("cloud-extraction-2020"))) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(reference) && f.toString()
                    .endsWith(".eml")).findFirst().orElseThrow(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void generateWarnsOfALetterDatedLongAgoWhoseDeadlineHasPassedNamingBothDatesAndTheirKeys() {
        assertThat(first.err()).contains("warning: the letters issued are dated 7 January 2020 (letter_date in "
                + firstData.resolve("campaign.yaml") + ")", "before today",
                "the deadline, 17 January 2020"
                        + " (response_days in ",
                "has passed: each company would receive a letter already overdue");
    }

    @Test
    void aCampaignWithoutALetterDateIsDatedTheDayOfIssueAndNotWarnedOf() throws IOException {
        Cli fresh = new Cli(dir.resolve("fresh"));
        Path yaml = fresh.data().resolve("campaign.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^letter_date:.*\\n", ""));
        Cli.Result r = fresh.generate();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("dated");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, fresh.out()), Clock.systemUTC())) {
            assertThat(archive.letters()).isNotEmpty().allSatisfy(l -> assertThat(l.letterDate().toString())
                    .isIn(today, LocalDate.now().toString()));
        }
    }

    @Test
    void theEmailIsAddressedToTheCompanyByName() throws Exception {
        assertThat(eml("CE-2020-001")).contains("\r\nTo: Amazon UK <eu-privacy@amazon.co.uk>\r\n");
        // a name beyond ASCII as RFC 2047 encodes it, read back as written
        assertThat(eml("CE-2020-005")).contains("\r\nTo: =?UTF-8?Q?Maisonnette_Connect=C3=A9e_SAS?="
                + " <dpo@maisonnette.example.org>\r\n");
        InternetAddress maisonnette = (InternetAddress) new MimeMessage(null, new java.io.ByteArrayInputStream(eml(
                "CE-2020-005").getBytes(StandardCharsets.ISO_8859_1))).getAllRecipients()[0];
        assertThat(maisonnette.getPersonal()).isEqualTo("Maisonnette Connectée SAS");
        Cli.Result r = send("--yes", "--limit", "1");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        MimeMessage received = MAIL.getReceivedMessages()[0];
        InternetAddress to = (InternetAddress) received.getRecipients(jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("Amazon UK");
        assertThat(to.getAddress()).isEqualTo("eu-privacy@amazon.co.uk");
    }

    @Test
    void sendShowPrintsTheEmailAsTheCompanyWillSeeIt() {
        Cli.Result r = send("--show", "CE-2020-001");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("From:    Privacy International <", "To:      Amazon UK <eu-privacy@amazon.co.uk>",
                "Subject: Cloud analytics: Request for response regarding potential misuse of your customer data",
                "Date:    the moment it is handed to the server (issued as Tue, 7 Jan 2020 09:00:00 +0000)",
                "  CE-2020-001-amazon-uk.pdf (application/pdf, ", "  briefing.pdf (application/pdf, ",
                "--- plain text ---", "--- HTML (as written", "<html", "Dear");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        Cli.Result unknown = send("--show", "CE-2020-404");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("CE-2020-404");
    }

    @Test
    void theDateIsTheHandOverAndTheArchiveKeepsTheHashOfTheBytesSent() throws Exception {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        Cli.Result r = send("--yes", "--limit", "1");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        MimeMessage received = MAIL.getReceivedMessages()[0];
        assertThat(received.getSentDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()).isBetween(before,
                LocalDate.now(ZoneOffset.UTC));
        assertThat(eml("CE-2020-001")).as("the issued file stays as issued").contains(
                "Date: Tue, 7 Jan 2020 09:00:00 +0000");
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, cli.out()), Clock.systemUTC())) {
            DeliveryRow sending = archive.deliveries().stream().filter(d -> d.kind() == DeliveryKind.SENDING)
                    .findFirst().orElseThrow();
            byte[] sent = org.briefgen.mail.SentCopy.of(eml("CE-2020-001").getBytes(StandardCharsets.ISO_8859_1),
                    java.time.Instant.parse(sending.sentAt())).bytes();
            assertThat(sending.sentSha256()).isEqualTo(Sha256.of(sent));
            assertThat(new String(sent, StandardCharsets.ISO_8859_1))
                    .contains("Date: " + received.getHeader("Date")[0]);
        }
        Cli.Result shown = send("--show", "CE-2020-001");
        assertThat(shown.out()).contains("(handed to the server; issued as Tue, 7 Jan 2020 09:00:00 +0000)");
        Cli.Result show = cli.command("archive", "show", "CE-2020-001");
        assertThat(show.out()).contains("handed over dated ", "sha256 ");
        Cli.Result verify = cli.command("archive", "verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void aLetterAlreadyAnsweredIsSkippedAndNamedUnlessAskedFor() {
        Cli.Result responded = cli.command("respond", "CE-2020-001", "--received", "2020-01-15", "--summary",
                "Amazon replied");
        assertThat(responded.code()).as(responded.err()).isZero();
        Cli.Result r = send("--yes");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("skipped: CE-2020-001 (Amazon UK) already has a response", "--include-responded",
                "3 letter(s) sent");
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(MailAsMailTest::to)).hasSize(3).doesNotContain(
                "eu-privacy@amazon.co.uk");
        Cli.Result also = send("--yes", "--include-responded");
        assertThat(also.code()).as(also.out() + also.err()).isZero();
        assertThat(also.out()).contains("sent: CE-2020-001 (Amazon UK) to eu-privacy@amazon.co.uk").doesNotContain(
                "skipped");
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
    }

    private static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOfficerGivesTheirOwnAddressForTestSendsAndANonAddressIsRefused() {
        Cli.Result bad = cli.command("user", "email", "ada", "ada@example.org\nBcc: all@example.org");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("is not an e-mail address", "no account was changed");
        Cli.Result r = cli.command("user", "email", "ada", "ada@privacyinternational.org");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("address of ada: ada@privacyinternational.org");
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, cli.out()), Clock.systemUTC())) {
            assertThat(org.briefgen.archive.jdbc.OfficerAddresses.of(archive, Clock.systemUTC()).of("ada")).hasValue(
                    "ada@privacyinternational.org");
        }
    }

    @Test
    void sendWarnsOfLettersDatedLongAgo() {
        Cli.Result r = send();
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: CE-2020-001, CE-2020-002, CE-2020-003, CE-2020-005 are dated 7 January"
                + " 2020 (letter_date in ", "the deadline, 17 January 2020 (response_days in ", "has passed");
    }
}
