package org.briefgen.mail.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.mail.Emails;
import org.briefgen.mail.FakeTime;
import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.Password;
import org.briefgen.mail.Security;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sending to a real SMTP server (GreenMail on a loopback port). */
class SenderTest {

    static final String PASSWORD = "s3cret-Pa55-w0rd";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer@privacyinternational.org",
                    "officer", PASSWORD));

    private final FakeTime time = new FakeTime();

    private SmtpSettings settings(String user) {
        return SmtpSettings.of("127.0.0.1", MAIL.getSmtp().getPort(), Security.STARTTLS, user);
    }

    private SendOptions options() {
        return SendOptions.defaults().withTime(time).withTimeout(Duration.ofSeconds(5));
    }

    private Sender sender(SendOptions options) {
        return Sender.connect(settings("officer"), Password.of(PASSWORD), options);
    }

    @Test
    void theMessageArrivesAsWrittenWithItsMessageIdAndAttachments() throws Exception {
        byte[] eml = Emails.letter("CE-2020-001", "eu-privacy@amazon.example");
        SendResult result;
        try (Sender sender = sender(options())) {
            result = sender.send(Outgoing.of("CE-2020-001", eml), DeliveryLog.NONE);
        }
        assertThat(result.allSent()).isTrue();
        assertThat(result.messageId()).isEqualTo(Emails.messageId(eml));
        assertThat(result.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.address()).isEqualTo("eu-privacy@amazon.example");
            assertThat(d.reply()).startsWith("250");
            assertThat(d.at()).isEqualTo(time.now());
        });
        MimeMessage received = single();
        assertThat(received.getMessageID()).isEqualTo(Emails.messageId(eml));
        assertThat(received.getHeader("X-Unsent")).isNull();
        assertThat(received.getSubject()).isEqualTo(Emails.parse(eml).getSubject());
        // GreenMail keeps the body without the CRLF that ends its last line (the one before the final dot)
        assertThat(new String(received.getRawInputStream().readAllBytes(), StandardCharsets.ISO_8859_1) + "\r\n")
                .isEqualTo(Emails.body(eml));
        assertThat(attachments(received)).containsExactly(Emails.PDF, Emails.BRIEFING);
    }

    @Test
    void theHooksBracketTheHandOver() throws Exception {
        List<String> seen = new ArrayList<>();
        DeliveryLog log = new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                seen.add("before " + addresses + " received=" + MAIL.getReceivedMessages().length);
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
                seen.add("after " + outcomes.stream().map(d -> d.status().name()).toList() + " received="
                        + MAIL.getReceivedMessages().length);
            }
        };
        try (Sender sender = sender(options())) {
            sender.send(Outgoing.of("CE-2020-001", Emails.letter("CE-2020-001", "a@one.example", "b@two.example")),
                    log);
        }
        assertThat(seen).containsExactly("before [a@one.example, b@two.example] received=0",
                "after [SENT, SENT] received=2");
    }

    @Test
    void aFaultBetweenHandOverAndRecordStopsTheRunAfterTheServerTookTheMessage() {
        DeliveryLog crashing = new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
                throw new IllegalStateException("the archive is gone");
            }
        };
        try (Sender sender = sender(options())) {
            assertThatThrownBy(() -> sender.send(Outgoing.of("CE-2020-001", Emails.letter("CE-2020-001",
                    "a@one.example")), crashing)).hasMessage("the archive is gone");
        }
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aFailingHookBeforeTheHandOverKeepsTheMessage() {
        DeliveryLog refusing = new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                throw new IllegalStateException("cannot mark sending");
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
            }
        };
        try (Sender sender = sender(options())) {
            assertThatThrownBy(() -> sender.send(Outgoing.of("CE-2020-001", Emails.letter("CE-2020-001",
                    "a@one.example")), refusing)).hasMessage("cannot mark sending");
        }
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void onlyTheAddressesAskedForAreSentTo() throws Exception {
        byte[] eml = Emails.letter("CE-2020-002", "a@one.example", "b@two.example");
        try (Sender sender = sender(options())) {
            SendResult result = sender.send(new Outgoing("CE-2020-002", eml, List.of("b@two.example")),
                    DeliveryLog.NONE);
            assertThat(result.deliveries()).extracting(Delivery::address).containsExactly("b@two.example");
            assertThatThrownBy(() -> sender.send(new Outgoing("CE-2020-002", eml, List.of("c@three.example")),
                    DeliveryLog.NONE)).hasMessageContaining("c@three.example is not a recipient");
        }
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()).hasSize(2);
    }

    @Test
    void toSelfSendsEveryMessageToTheTestAddressMarkedTestAndRecordsNothing() throws Exception {
        List<String> told = new ArrayList<>();
        DeliveryLog log = new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                told.add("before");
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
                told.add("after");
            }
        };
        byte[] eml = Emails.letter("CE-2020-003", "a@one.example", "b@two.example");
        try (Sender sender = sender(options().withToSelf("officer@privacyinternational.org"))) {
            SendResult result = sender.send(Outgoing.of("CE-2020-003", eml), log);
            assertThat(result.deliveries()).extracting(Delivery::address, Delivery::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("officer@privacyinternational.org",
                            DeliveryStatus.SENT));
        }
        assertThat(told).isEmpty();
        MimeMessage received = single();
        assertThat(received.getSubject()).isEqualTo("[TEST] " + Emails.parse(eml).getSubject());
        assertThat(received.getMessageID()).isEqualTo(Emails.messageId(eml));
        assertThat(MAIL.getUserManager().getUserByEmail("a@one.example")).isNull();
    }

    @Test
    void aDryRunLogsInAndSendsNothing() {
        List<String> told = new ArrayList<>();
        DeliveryLog log = new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                told.add("before");
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
                told.add("after");
            }
        };
        try (Sender sender = sender(options().withDryRun(true))) {
            SendResult result = sender.send(Outgoing.of("CE-2020-001", Emails.letter("CE-2020-001", "a@one.example")),
                    log);
            assertThat(result.with(DeliveryStatus.DRY_RUN)).hasSize(1);
        }
        assertThat(told).isEmpty();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThatThrownBy(() -> Sender.connect(settings("officer"), Password.of("wrong"),
                options().withDryRun(true))).isInstanceOf(MailAuthenticationException.class);
    }

    @Test
    void aRefusedLoginStopsAtOnceWithoutThePassword() {
        String wrong = "not-the-Pa55word";
        assertThatThrownBy(() -> Sender.connect(settings("officer"), Password.of(wrong), options()))
                .isInstanceOf(MailAuthenticationException.class)
                .hasMessageContaining("refused the login of 'officer'")
                .hasMessageNotContaining(wrong)
                .satisfies(e -> assertThat(((MailException) e).outcome()).contains("stopped"));
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void aUserWithoutAPasswordIsToldBeforeConnecting() {
        assertThatThrownBy(() -> Sender.connect(settings("officer"), Password.none(), options()))
                .isInstanceOf(MailException.class)
                .hasMessageContaining("no password was given for SMTP user 'officer'");
    }

    private static MimeMessage single() {
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        return MAIL.getReceivedMessages()[0];
    }

    private static List<byte[]> attachments(Part part) throws MessagingException, IOException {
        List<byte[]> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                found.addAll(attachments(child));
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                found.add(bytes.toByteArray());
            }
        }
        return found;
    }
}
