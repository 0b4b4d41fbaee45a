package org.briefgen.mail.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.mail.Emails;
import org.briefgen.mail.FakeTime;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.Password;
import org.briefgen.mail.Security;
import org.briefgen.mail.SentCopy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the server replies decides each address's outcome: a scripted SMTP server gives the replies GreenMail cannot. */
@Timeout(10)
class SenderRetryTest {

    private static final byte[] ONE = Emails.letter("CE-2020-001", "a@one.example");
    private static final byte[] TWO = Emails.letter("CE-2020-002", "a@one.example", "b@two.example");

    private final FakeTime time = new FakeTime();
    private final FakeSmtpServer server;
    private final List<String> log = new ArrayList<>();
    private final DeliveryLog recording = new DeliveryLog() {
        @Override
        public void handingOver(Outgoing message, String messageId, List<String> addresses) {
            log.add("sending " + message.reference() + " " + addresses);
        }

        @Override
        public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
            outcomes.forEach(d -> log.add(d.status() + " " + d.address() + " " + d.reply()));
        }
    };

    SenderRetryTest() throws IOException {
        server = new FakeSmtpServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Sender sender() {
        return Sender.connect(server.settings(), Password.none(), SendOptions.defaults().withTime(time)
                .withTimeout(Duration.ofSeconds(3))
                .withRetry(new Retry(3, Duration.ofSeconds(5), Duration.ofSeconds(60))));
    }

    @Test
    void theExactBytesOfTheEmlGoOutWithoutTheDraftMarkDatedAtTheHandOver() {
        try (Sender sender = sender()) {
            sender.send(Outgoing.of("CE-2020-001", ONE), recording);
        }
        String eml = new String(ONE, StandardCharsets.ISO_8859_1);
        String expected = eml.replaceAll("(?m)^X-Unsent: 1\r\n", "").replace("Date: Tue, 7 Jan 2020 09:00:00 +0000",
                "Date: Mon, 2 Mar 2026 09:00:00 +0000");
        assertThat(expected).isNotEqualTo(eml).contains("Date: Mon, 2 Mar 2026 09:00:00 +0000");
        assertThat(server.accepted).containsExactly(expected);
    }

    @Test
    void eachAttemptIsDatedTheMomentItIsHandedOverAndTheLogHearsOfTheBytes() {
        server.onData("451 4.3.0 try again later");
        List<SentCopy> copies = new ArrayList<>();
        DeliveryLog hearing = new DeliveryLog() {
            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses) {
                throw new AssertionError("the log is told of the bytes sent");
            }

            @Override
            public void handingOver(Outgoing message, String messageId, List<String> addresses, SentCopy sent) {
                copies.add(sent);
            }

            @Override
            public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
            }
        };
        time.advance(Duration.ofHours(5).plusMillis(700));
        try (Sender sender = sender()) {
            assertThat(sender.send(Outgoing.of("CE-2020-001", ONE), hearing).allSent()).isTrue();
        }
        // the first attempt at 14:00:00.7 (to the second), the retry after the backoff's 5 seconds
        assertThat(copies).extracting(c -> SentCopy.dateHeader(c.at())).containsExactly(
                "Mon, 2 Mar 2026 14:00:00 +0000", "Mon, 2 Mar 2026 14:00:05 +0000");
        assertThat(server.accepted).hasSize(1).first().asString().contains("Date: Mon, 2 Mar 2026 14:00:05 +0000")
                .doesNotContain("2020 09:00:00")
                .isEqualTo(new String(copies.get(1).bytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aTemporaryFailureIsRetriedAfterABackoffThenSent() {
        server.onData("451 4.3.0 try again later");
        SendResult result;
        try (Sender sender = sender()) {
            result = sender.send(Outgoing.of("CE-2020-001", ONE), recording);
        }
        assertThat(result.deliveries()).extracting(Delivery::status, Delivery::attempt)
                .containsExactly(tuple(DeliveryStatus.SENT, 2));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5));
        assertThat(log).containsExactly("sending CE-2020-001 [a@one.example]",
                "DEFERRED a@one.example 451 4.3.0 try again later", "sending CE-2020-001 [a@one.example]",
                "SENT a@one.example 250 2.0.0 queued as Q0");
        assertThat(server.accepted).hasSize(1);
    }

    @Test
    void aDroppedConnectionBeforeTheDataIsRetriedOnANewConnection() {
        server.onMail(FakeSmtpServer.DROP);
        SendResult result;
        try (Sender sender = sender()) {
            result = sender.send(Outgoing.of("CE-2020-001", ONE), recording);
        }
        assertThat(result.allSent()).isTrue();
        assertThat(result.deliveries().get(0).attempt()).isEqualTo(2);
        assertThat(server.connections.get()).isEqualTo(2);
        assertThat(server.accepted).hasSize(1);
    }

    @Test
    void aConnectionLostAfterTheDataIsUncertainAndNeverRetried() {
        server.onData(FakeSmtpServer.DROP);
        SendResult result;
        try (Sender sender = sender()) {
            result = sender.send(Outgoing.of("CE-2020-001", ONE), recording);
            // the run goes on with the next message, on a new connection
            assertThat(sender.send(Outgoing.of("CE-2020-002", TWO), recording).allSent()).isTrue();
        }
        assertThat(result.deliveries()).extracting(Delivery::status).containsExactly(DeliveryStatus.UNCERTAIN);
        assertThat(result.deliveries().get(0).reply()).contains("[EOF]");
        assertThat(time.sleeps).allMatch(d -> d.compareTo(Duration.ofSeconds(5)) < 0);
        assertThat(log.stream().filter(l -> l.startsWith("sending CE-2020-001"))).hasSize(1);
    }

    @Test
    void aPermanentFailureForOneAddressIsItsOwnAndTheRunGoesOn() {
        server.onRcpt("b@two.example", "550 5.1.1 no such user");
        SendResult first;
        SendResult second;
        try (Sender sender = sender()) {
            first = sender.send(Outgoing.of("CE-2020-002", TWO), recording);
            second = sender.send(Outgoing.of("CE-2020-001", ONE), recording);
        }
        assertThat(first.deliveries()).extracting(Delivery::address, Delivery::status, Delivery::reply).containsExactly(
                tuple("a@one.example", DeliveryStatus.SENT, "250 2.0.0 queued as Q0"),
                tuple("b@two.example", DeliveryStatus.FAILED, "550 5.1.1 no such user"));
        assertThat(second.allSent()).isTrue();
        assertThat(time.sleeps).allMatch(d -> d.compareTo(Duration.ofSeconds(5)) < 0);
        assertThat(server.accepted).hasSize(2);
    }

    @Test
    void aTemporaryFailureForOneAddressRetriesThatAddressOnly() {
        server.onRcpt("b@two.example", "452 4.2.2 mailbox full");
        SendResult result;
        try (Sender sender = sender()) {
            result = sender.send(Outgoing.of("CE-2020-002", TWO), recording);
        }
        assertThat(result.deliveries()).extracting(Delivery::address, Delivery::status, Delivery::attempt)
                .containsExactly(tuple("a@one.example", DeliveryStatus.SENT, 1),
                        tuple("b@two.example", DeliveryStatus.DEFERRED, 3));
        assertThat(log).filteredOn(l -> l.startsWith("sending")).containsExactly(
                "sending CE-2020-002 [a@one.example, b@two.example]", "sending CE-2020-002 [b@two.example]",
                "sending CE-2020-002 [b@two.example]");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void aRejectionOfTheWholeMessageFailsEveryAddress() {
        server.onData("554 5.6.0 message refused");
        SendResult result;
        try (Sender sender = sender()) {
            result = sender.send(Outgoing.of("CE-2020-002", TWO), recording);
        }
        assertThat(result.deliveries()).extracting(Delivery::status).containsOnly(DeliveryStatus.FAILED);
        assertThat(result.deliveries()).extracting(Delivery::reply).containsOnly("554 5.6.0 message refused");
    }

    @Test
    void aBusyGreetingIsRetried() {
        server.onGreeting("421 4.3.2 too busy, come back later");
        try (Sender sender = sender()) {
            assertThat(sender.send(Outgoing.of("CE-2020-001", ONE), recording).allSent()).isTrue();
        }
        assertThat(server.connections.get()).isEqualTo(2);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aServerRefusingServiceStopsTheRunAtOnce() {
        server.onGreeting("554 5.3.2 no service for you");
        assertThatThrownBy(this::sender).isInstanceOf(MailException.class)
                .hasMessageContaining("cannot send through the SMTP server").hasMessageContaining("554 5.3.2");
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void aUserIsNotSentAsAnonymousWhenTheServerOffersNoLogin() {
        SmtpSettings withUser = SmtpSettings.of("127.0.0.1", server.port(), Security.STARTTLS, "officer");
        assertThatThrownBy(() -> Sender.connect(withUser, Password.of("secret"), SendOptions.defaults().withTime(time)))
                .isInstanceOf(MailException.class)
                .hasMessageContaining("offers no login, but user 'officer' was given");
    }

    @Test
    void anEmlWithABrokenAddressIsRefusedBeforeTheServerSeesIt() {
        byte[] eml = new String(ONE, StandardCharsets.ISO_8859_1).replace("To: a@one.example",
                "To: a@one.example, a..b@c.example").getBytes(StandardCharsets.ISO_8859_1);
        try (Sender sender = sender()) {
            assertThatThrownBy(() -> sender.send(Outgoing.of("CE-2020-001", eml), recording))
                    .isInstanceOf(MailException.class).hasMessageContaining("the e-mail of CE-2020-001 cannot be read")
                    .satisfies(e -> assertThat(((MailException) e).outcome()).isEqualTo("it was not sent."));
        }
        assertThat(log).isEmpty();
        assertThat(server.commands).noneMatch(c -> c.startsWith("MAIL"));
    }

    @Test
    void messagesArePacedByTheRateAcrossTheRun() {
        try (Sender sender = Sender.connect(server.settings(), Password.none(),
                SendOptions.defaults().withTime(time).withRate(30))) {
            for (int i = 0; i < 3; i++) {
                sender.send(Outgoing.of("CE-2020-001", ONE), DeliveryLog.NONE);
            }
        }
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(server.accepted).hasSize(3);
    }

    @Test
    void anUnreachableServerStopsTheRunAfterTheRetries() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        SmtpSettings nowhere = SmtpSettings.parse("smtp://127.0.0.1:" + port);
        assertThatThrownBy(() -> Sender.connect(nowhere, Password.none(), SendOptions.defaults().withTime(time)
                .withRetry(new Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(60)))))
                .isInstanceOf(MailException.class)
                .hasMessageContaining("cannot reach the SMTP server 127.0.0.1:" + port + " after 3 attempts");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
