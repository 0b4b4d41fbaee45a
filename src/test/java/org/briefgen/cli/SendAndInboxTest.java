package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.cli.mail.MailPasswords;
import org.briefgen.cli.mail.SendCommand;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.send.Delivery;
import org.briefgen.mail.send.DeliveryLog;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The issue's must-show: generate, send to a real SMTP server on loopback, read replies and bounces back. */
class SendAndInboxTest {

    static final String PASSWORD = "Tr0ub4dor-s3cret-&3";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer", PASSWORD));

    /** One campaign generated for the class; each test works on its own copy. */
    @TempDir
    static Path generated;

    @TempDir
    Path dir;

    Cli cli;

    @BeforeAll
    static void generate() {
        Cli.Result r = new Cli(generated).generate();
        assertThat(r.code()).as(r.err()).isZero();
    }

    @BeforeEach
    void copy() {
        TestCampaigns.copyTree(generated, dir);
        cli = new Cli(dir);
        TestCampaigns.copyTree(generated.resolve("out"), cli.out());
    }

    @AfterEach
    void restore() {
        SendCommand.hook = UnaryOperator.identity();
        MailPasswords.environment = System::getenv;
    }

    private String smtp() {
        return "smtp://127.0.0.1:" + MAIL.getSmtp().getPort();
    }

    private Cli.Result send(String... more) {
        List<String> args = new ArrayList<>(List.of("send", "--data", cli.data().toString(), "--smtp", smtp()));
        args.addAll(List.of(more));
        return cli.command(args.toArray(String[]::new));
    }

    private String eml(String reference) throws IOException {
        try (Stream<Path> files = Files.list(cli.out().resolve("cloud-extraction-2020"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(reference)
                    && f.toString().endsWith(".eml")).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        }
    }

    static String messageId(String eml) {
        return eml.lines().filter(l -> l.startsWith("Message-ID: ")).findFirst().orElseThrow()
                .substring("Message-ID: ".length()).strip();
    }

    private String tracker() {
        Cli.Result r = cli.command("tracker");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private static String line(String text, String reference) {
        return text.lines().filter(l -> l.contains(reference)).findFirst().orElseThrow();
    }

    @Test
    void aDryRunSendsNothingThenYesSendsEachOnceThenNothing() throws Exception {
        Cli.Result dry = send();
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run", "nothing was sent", "CE-2020-001", "Amazon UK",
                "eu-privacy@amazon.co.uk", "CE-2020-001-amazon-uk.pdf, briefing.pdf", "bytes",
                "4 letter(s) would be sent");
        assertThat(dry.out()).doesNotContain("CE-2020-004");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(line(tracker(), "CE-2020-001")).doesNotContain("sent");

        Cli.Result real = send("--yes", "--as", "ada");
        assertThat(real.code()).as(real.out() + real.err()).isZero();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(4);
        List<String> to = new ArrayList<>();
        for (MimeMessage m : received) {
            String reference = m.getMessageID().substring(1, "CE-2020-001".length() + 1);
            assertThat(m.getMessageID()).isEqualTo(messageId(eml(reference)));
            assertThat(m.getHeader("X-Unsent")).isNull();
            assertThat(attachments(m)).hasSize(2).contains("briefing.pdf").anyMatch(n -> n.startsWith(reference)
                    && n.endsWith(".pdf"));
            to.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        assertThat(to).containsExactlyInAnyOrder("eu-privacy@amazon.co.uk", "privacy@northwind-home.example.org",
                "dpo@fieldfare.example.org", "dpo@maisonnette.example.org");
        // the bundled letters' deadline (2020) is long past: overdue, and sent
        assertThat(line(tracker(), "CE-2020-001")).contains("overdue", "(sent ");

        Cli.Result again = send("--yes");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 letter(s) sent", "4 already sent");
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
        assertThat(cli.command("archive", "verify").code()).isZero();
        String shown = cli.command("archive", "show", "CE-2020-002").out();
        assertThat(shown).contains("deliveries:", "sending privacy@northwind-home.example.org",
                "sent privacy@northwind-home.example.org");
        // who sent is on each delivery line: the --as of the run that sent
        assertThat(shown.lines().filter(l -> l.startsWith("  #")).toList()).hasSize(2)
                .allMatch(l -> l.endsWith(" by ada"));
    }

    @Test
    void aKillBetweenHandOverAndRecordLeavesTheLetterUncertainAndOnlyResendSendsItAgain() throws Exception {
        SendCommand.hook = log -> new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                log.handingOver(message, messageId, addresses);
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
                if (message.reference().equals("CE-2020-002")) {
                    throw new IllegalStateException("killed between hand-over and record");
                }
                log.handedOver(message, messageId, outcomes);
            }
        };
        Cli.Result killed = send("--yes");
        assertThat(killed.code()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
        SendCommand.hook = UnaryOperator.identity();
        assertThat(line(tracker(), "CE-2020-002")).contains("uncertain");

        Cli.Result rerun = send("--yes");
        assertThat(rerun.code()).as(rerun.out() + rerun.err()).isZero();
        // CE-2020-003 and CE-2020-005 were never reached by the killed run; CE-2020-002 is not sent again
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
        assertThat(rerun.out()).doesNotContain("sent: CE-2020-002").contains("CE-2020-003");

        Cli.Result resend = send("--yes", "--resend", "CE-2020-002");
        assertThat(resend.code()).as(resend.out() + resend.err()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(5);
        assertThat(line(tracker(), "CE-2020-002")).contains("(sent ");
        assertThat(cli.command("archive", "verify").code()).isZero();
    }

    @Test
    void anUncertainLetterIsNamedWithTheCommandThatSettlesItInTheDryRunAndWithYes() throws Exception {
        SendCommand.hook = log -> new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                log.handingOver(message, messageId, addresses);
                if (message.reference().equals("CE-2020-002")) {
                    throw new IllegalStateException("killed after the hand-over began");
                }
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
                log.handedOver(message, messageId, outcomes);
            }
        };
        assertThat(send("--yes").code()).isEqualTo(1);
        SendCommand.hook = UnaryOperator.identity();
        String named = "uncertain: CE-2020-002 (Northwind Home Ltd) to privacy@northwind-home.example.org";
        String settle = "briefgen send --resend CE-2020-002 --yes";
        Cli.Result dry = send();
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains(named, settle, "check whether it arrived");
        Cli.Result yes = send("--yes");
        assertThat(yes.code()).as(yes.out() + yes.err()).isZero();
        assertThat(yes.out()).contains(named, settle).doesNotContain("sent: CE-2020-002");
        // once settled by --resend, it is named no more
        assertThat(send("--yes", "--resend", "CE-2020-002").code()).isZero();
        assertThat(send().out()).doesNotContain("uncertain:", "--resend CE-2020-002");
    }

    @Test
    void repliesAndBouncesReachTheTrackerAndAStrangerIsListed() throws Exception {
        assertThat(send("--yes").code()).isZero();
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        // as the organisation's server stored it: its Received: header says when it came
        String reply = """
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
                """.formatted(messageId(eml("CE-2020-001")));
        Files.writeString(inbox.resolve("reply.eml"), reply.replace("\n", "\r\n"));
        Files.writeString(inbox.resolve("reply-again.eml"), reply.replace("\n", "\r\n"));
        Files.writeString(inbox.resolve("bounce.eml"), bounce("dpo@fieldfare.example.org",
                messageId(eml("CE-2020-003"))).replace("\n", "\r\n"));
        Files.writeString(inbox.resolve("stranger.eml"), """
                From: Newsletter <news@example.net>
                To: info@privacyinternational.org
                Subject: Our spring offers
                Date: Wed, 15 Jan 2020 08:00:00 +0000
                Message-ID: <offer-7@example.net>

                Buy now.
                """.replace("\n", "\r\n"));

        Cli.Result r = cli.command("inbox", "--from", inbox.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("recorded: CE-2020-001", "recorded: CE-2020-003",
                "already recorded: 1 message(s)", "unmatched: from Newsletter <news@example.net>: Our spring offers");
        String tracker = tracker();
        assertThat(line(tracker, "CE-2020-001")).contains("responded 14 January 2020 (7 days) by e-mail");
        assertThat(line(tracker, "CE-2020-003")).contains("bounced").doesNotContain("overdue");
        assertThat(line(tracker, "CE-2020-002")).contains("overdue");

        Cli.Result again = cli.command("inbox", "--from", inbox.toString());
        assertThat(again.out()).contains("0 recorded, 3 already recorded, 1 unmatched");
        Cli.Result shown = cli.command("archive", "show", "CE-2020-001");
        assertThat(shown.out()).contains("response, received 2020-01-14: Re: Cloud analytics",
                "responses/CE-2020-001/CE-2020-001-");
        try (Stream<Path> kept = Files.list(cli.out().resolve("responses/CE-2020-001"))) {
            Path file = kept.findFirst().orElseThrow();
            assertThat(Files.readString(file)).isEqualTo(reply.replace("\n", "\r\n"));
        }
        assertThat(cli.command("archive", "verify").code()).isZero();
    }

    @Test
    void thePasswordIsWrittenNowhere() throws Exception {
        MailPasswords.environment = name -> name.equals("BRIEFGEN_SMTP_PASSWORD") ? PASSWORD : null;
        String url = "smtp://officer@127.0.0.1:" + MAIL.getSmtp().getPort();
        Cli.Result r = cli.command("send", "--data", cli.data().toString(), "--smtp", url, "--yes");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
        assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
        byte[] secret = PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(f), secret)).as(f.toString()).isNegative();
            }
        }

        MailPasswords.environment = name -> "wrong-" + PASSWORD;
        // a dry run connects and logs in even with nothing left to send
        Cli.Result refused = cli.command("send", "--data", cli.data().toString(), "--smtp", url);
        assertThat(refused.code()).as(refused.out()).isEqualTo(2);
        assertThat(refused.err()).contains("error: ");
        assertThat(refused.out() + refused.err()).doesNotContain(PASSWORD);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static List<String> attachments(MimeMessage m) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart mixed = (Multipart) m.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part p = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                names.add(p.getFileName());
            }
        }
        return names;
    }

    static String bounce(String address, String returnedId) {
        return """
                From: MAILER-DAEMON@mx.privacyinternational.org (Mail Delivery System)
                To: info@privacyinternational.org
                Subject: Undelivered Mail Returned to Sender
                Date: Wed, 8 Jan 2020 09:00:05 +0000
                Message-ID: <20200108090005.ABC123@mx.privacyinternational.org>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status;
                \tboundary="ABC123"

                --ABC123
                Content-Type: text/plain; charset=us-ascii

                Your message could not be delivered.

                --ABC123
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.privacyinternational.org

                Final-Recipient: rfc822; %1$s
                Original-Recipient: rfc822;%1$s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown

                --ABC123
                Content-Type: text/rfc822-headers

                From: Privacy International <info@privacyinternational.org>
                To: %1$s
                Subject: Cloud analytics
                Message-ID: %2$s

                --ABC123--
                """.formatted(address, returnedId);
    }
}
