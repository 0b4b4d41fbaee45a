package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.campaign.load.CampaignLoader;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-ups are sent by {@code send} like any letter, to a real SMTP server on loopback: after the
 * letters went out, Amazon replied and Fieldfare's bounced, so only Northwind's (by e-mail) and
 * Søndergaard's (by post) are chased; a reply to the follow-up answers the chain.
 */
class FollowUpSendTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer", SendAndInboxTest.PASSWORD));

    @TempDir
    Path dir;

    private Cli cli;

    private Cli.Result send() {
        return cli.command("send", "--data", cli.data().toString(), "--smtp", "smtp://127.0.0.1:"
                + MAIL.getSmtp().getPort(), "--yes");
    }

    private String eml(String name) throws Exception {
        return Files.readString(cli.out().resolve("cloud-extraction-2020").resolve(name), StandardCharsets.ISO_8859_1);
    }

    private String line(String reference) {
        return cli.command("tracker").out().lines().filter(l -> l.startsWith(reference + " ")).findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheSilentAreChasedAndTheirFollowUpsAreSentOnce() throws Exception {
        cli = new Cli(dir);
        assertThat(cli.generate("--quiet").code()).isZero();
        assertThat(send().code()).isZero();
        int sentFirst = MAIL.getReceivedMessages().length;
        assertThat(sentFirst).isGreaterThanOrEqualTo(3);
        // any recipient beyond the four of the reference letter answered: this story is about those four
        int recipients = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(cli.data()).recipients().size();
        for (int seq = 5; seq <= recipients; seq++) {
            assertThat(cli.command("respond", String.format("CE-2020-%03d", seq), "--received", "2020-01-10").code())
                    .isZero();
        }

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        // each reply as the organisation's server stored it, its Received: header saying when it came
        Files.writeString(inbox.resolve("reply.eml"), """
                Received: from mail.amazon.co.uk by mx.privacyinternational.org; Tue, 14 Jan 2020 10:15:02 +0000
                From: Data Protection Officer <eu-privacy@amazon.co.uk>
                To: info@privacyinternational.org
                Subject: Re: Cloud analytics
                Date: Tue, 14 Jan 2020 10:15:00 +0000
                Message-ID: <reply-1@amazon.co.uk>
                In-Reply-To: %s

                We do not share data.
                """.formatted(SendAndInboxTest.messageId(eml("CE-2020-001-amazon-uk.eml"))).replace("\n", "\r\n"));
        Files.writeString(inbox.resolve("bounce.eml"), SendAndInboxTest.bounce("dpo@fieldfare.example.org",
                SendAndInboxTest.messageId(eml("CE-2020-003-fieldfare-messaging-ltd.eml"))).replace("\n", "\r\n"));
        assertThat(cli.command("inbox", "--from", inbox.toString()).code()).isZero();

        // today: every 2020 deadline has long passed
        Cli.Result followUp = cli.generate("--follow-up");
        assertThat(followUp.code()).as(followUp.err()).isZero();
        assertThat(followUp.out().lines().filter(l -> l.startsWith("  CE-")).map(l -> l.substring(2, 16)).toList())
                .containsExactly("CE-2020-002-F1", "CE-2020-004-F1");

        Cli.Result sent = send();
        assertThat(sent.code()).as(sent.out() + sent.err()).isZero();
        assertThat(sent.out()).contains("1 letter(s) sent", sentFirst + " already sent");
        List<MimeMessage> received = new ArrayList<>(Arrays.asList(MAIL.getReceivedMessages()));
        assertThat(received).hasSize(sentFirst + 1);
        String followUpEml = eml("CE-2020-002-F1-northwind-home-ltd.eml");
        MimeMessage chase = received.stream().filter(m -> {
            try {
                return m.getMessageID().equals(SendAndInboxTest.messageId(followUpEml));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(((jakarta.mail.internet.InternetAddress) chase.getAllRecipients()[0]).getAddress()).isEqualTo(
                "privacy@northwind-home.example.org");
        assertThat(chase.getSubject()).isEqualTo("Reminder: Cloud analytics: Request for response regarding potential"
                + " misuse of your customer data");
        assertThat(SendAndInboxTest.attachments(chase)).containsExactly("CE-2020-002-F1-northwind-home-ltd.pdf",
                "briefing.pdf");
        assertThat(GreenMailUtil.getBody(chase)).contains("under our reference CE-2020-002");
        String today = TrackerRow.text(LocalDate.now(ZoneOffset.UTC));
        assertThat(line("CE-2020-002-F1")).contains("sent " + today + ", awaiting, follow-up 1 to CE-2020-002");
        assertThat(send().out()).contains("0 letter(s) sent", (sentFirst + 1) + " already sent");
        assertThat(MAIL.getReceivedMessages()).hasSize(sentFirst + 1);

        // Northwind answers the follow-up by e-mail: the chain is answered, and nothing is chased in round 2
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        Files.writeString(inbox.resolve("reply-2.eml"), """
                Received: from mail.northwind-home.example.org by mx.privacyinternational.org; %s
                From: Adaeze Okafor <privacy@northwind-home.example.org>
                To: info@privacyinternational.org
                Subject: Re: Reminder: Cloud analytics
                Date: %s
                Message-ID: <reply-2@northwind-home.example.org>
                In-Reply-To: %s

                Our position is attached.
                """.formatted(now, now, SendAndInboxTest.messageId(followUpEml)).replace("\n", "\r\n"));
        Cli.Result read = cli.command("inbox", "--from", inbox.toString());
        assertThat(read.out()).as(read.err()).contains("recorded: CE-2020-002-F1");
        assertThat(line("CE-2020-002-F1")).contains("responded " + today + " (0 days) by e-mail");
        assertThat(line("CE-2020-002")).contains("no response by deadline (responded " + today);
        Cli.Result round2 = cli.generate("--follow-up", "--round", "2", "--as-of", LocalDate.now(ZoneOffset.UTC)
                .plusDays(30).toString());
        assertThat(round2.out().lines().filter(l -> l.startsWith("  CE-")).map(l -> l.substring(2, 16)).toList())
                .containsExactly("CE-2020-004-F2");
        assertThat(cli.command("archive", "verify").code()).isZero();
    }
}
