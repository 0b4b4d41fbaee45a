package org.briefgen.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.briefgen.mail.inbox.ImapSettings;
import org.briefgen.mail.inbox.InboxOptions;
import org.briefgen.mail.inbox.InboxSource;
import org.briefgen.mail.inbox.InboxSources;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.Sender;
import org.briefgen.mail.send.SmtpSettings;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server certificate briefgen refuses is named in plain words (the server, the name asked for,
 * the names and issuer in the certificate, its fingerprint, what to do), and the organisation's own
 * certificate authority is trusted through {@code trust:} for that connection only. GreenMail
 * speaks plain behind a {@link TlsFront} that presents a certificate made here.
 */
@Timeout(20)
class CertificateTest {

    private static final String PASSWORD = "imap-Pa55";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer@example.org", "officer", PASSWORD));

    static TestAuthority authority;
    static TestAuthority.ServerCertificate good;

    @TempDir
    static Path dir;

    static Path pem;

    @BeforeAll
    static void authority() throws IOException {
        authority = TestAuthority.create("CN=Example Org Mail CA,O=Example Org");
        good = authority.issue("localhost", "localhost", "127.0.0.1");
        pem = authority.writePem(dir.resolve("example-org-ca.pem"));
    }

    private static SendOptions options() {
        return SendOptions.defaults().withTime(new FakeTime()).withTimeout(TIMEOUT);
    }

    private static String smtpFailure(SmtpSettings settings) {
        Throwable e = catchThrowable(() -> Sender.connect(settings, Password.none(), options()).close());
        assertThat(e).isInstanceOf(MailException.class);
        return e.getMessage();
    }

    private static String imapFailure(ImapSettings settings) {
        Throwable e = catchThrowable(() -> imap(settings).close());
        assertThat(e).isInstanceOf(MailException.class);
        return e.getMessage();
    }

    private static InboxSource imap(ImapSettings settings) {
        return InboxSources.imap(settings, Password.of(PASSWORD), new InboxOptions(1 << 20, TIMEOUT));
    }

    private static void assertPlainWords(String message, int port, TestAuthority.ServerCertificate certificate) {
        assertThat(message).contains("localhost:" + port, "name asked for: localhost", "CN=Example Org Mail CA",
                "SHA-256 fingerprint: " + certificate.fingerprint(), "trust:")
                .doesNotContain("PKIX", "SunCertPathBuilderException", "sun.security");
    }

    @Test
    void smtpsWithAnUntrustedCertificateIsNamedInPlainWordsThenTrustedThroughTrust() throws Exception {
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.IMPLICIT, MAIL.getSmtp().getPort())) {
            SmtpSettings settings = SmtpSettings.parse("smtps://localhost:" + front.port());
            String message = smtpFailure(settings);
            assertPlainWords(message, front.port(), good);
            assertThat(message).contains("SMTP server", "not trusted",
                    "names in the certificate: localhost, 127.0.0.1");

            Sender.connect(settings.withTrust(Trust.load(pem, null)), Password.none(), options()).close();
        }
    }

    @Test
    void imapsWithAnUntrustedCertificateIsNamedThenReadWithTrust() throws Exception {
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.IMPLICIT, MAIL.getImap().getPort())) {
            ImapSettings settings = ImapSettings.parse("imaps://officer@localhost:" + front.port() + "/INBOX");
            String message = imapFailure(settings);
            assertPlainWords(message, front.port(), good);
            assertThat(message).contains("IMAP server", "not trusted");

            try (InboxSource source = imap(settings.withTrust(Trust.load(pem, null)))) {
                source.read(m -> true);
            }
        }
    }

    @Test
    void smtpStartTlsWithAnUntrustedCertificateIsNamedThenTrusted() throws Exception {
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.SMTP_STARTTLS, MAIL.getSmtp().getPort())) {
            SmtpSettings settings = SmtpSettings.parse("smtp://localhost:" + front.port());
            String message = smtpFailure(settings);
            assertPlainWords(message, front.port(), good);
            assertThat(message).contains("STARTTLS");

            Sender.connect(settings.withTrust(Trust.load(pem, null)), Password.none(), options()).close();
        }
    }

    @Test
    void imapStartTlsWithAnUntrustedCertificateIsNamedNotJustStartTlsFailure() throws Exception {
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.IMAP_STARTTLS, MAIL.getImap().getPort())) {
            ImapSettings settings = ImapSettings.parse("imap://officer@localhost:" + front.port() + "/INBOX");
            String message = imapFailure(settings);
            assertPlainWords(message, front.port(), good);

            try (InboxSource source = imap(settings.withTrust(Trust.load(pem, null)))) {
                source.read(m -> true);
            }
        }
    }

    @Test
    void anExpiredCertificateIsNamedAsExpiredWithItsDates() throws Exception {
        Instant now = Instant.now();
        TestAuthority.ServerCertificate expired = authority.issue("localhost", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(35)), "localhost");
        try (TlsFront front = new TlsFront(expired, TlsFront.Mode.IMPLICIT, MAIL.getSmtp().getPort())) {
            SmtpSettings settings = SmtpSettings.parse("smtps://localhost:" + front.port())
                    .withTrust(Trust.load(pem, null));
            String message = smtpFailure(settings);
            assertPlainWords(message, front.port(), expired);
            String until = expired.certificate().getNotAfter().toInstant().toString().substring(0, 10);
            assertThat(message).contains("expired on " + until).doesNotContain("not trusted");
        }
    }

    @Test
    void aCertificateForAnotherNameIsNamedAsSuch() throws Exception {
        TestAuthority.ServerCertificate other = authority.issue("mail.example.org", "mail.example.org");
        try (TlsFront front = new TlsFront(other, TlsFront.Mode.IMPLICIT, MAIL.getImap().getPort())) {
            ImapSettings settings = ImapSettings.parse("imaps://officer@localhost:" + front.port() + "/INBOX")
                    .withTrust(Trust.load(pem, null));
            String message = imapFailure(settings);
            assertPlainWords(message, front.port(), other);
            assertThat(message).contains("names in the certificate: mail.example.org", "not for localhost")
                    .doesNotContain("not trusted", "expired");
        }
    }

    @Test
    void aPkcs12TruststoreWithItsPasswordIsTrustedToo() throws Exception {
        Path p12 = authority.writePkcs12(dir.resolve("ca.p12"), "truststore-pass");
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.IMPLICIT, MAIL.getSmtp().getPort())) {
            SmtpSettings settings = SmtpSettings.parse("smtps://localhost:" + front.port());
            Sender.connect(settings.withTrust(Trust.load(p12, "truststore-pass")), Password.none(), options())
                    .close();
        }
        Throwable wrong = catchThrowable(() -> Trust.load(p12, "wrong"));
        assertThat(wrong).isInstanceOf(MailException.class).hasMessageContaining(p12.toString())
                .hasMessageContaining("BRIEFGEN_TRUST_PASSWORD");
    }

    @Test
    void aTrustFileThatHoldsNoCertificateIsNamed() throws Exception {
        Path notPem = Files.writeString(dir.resolve("notes.txt"), "this is not a certificate\n");
        assertThat(catchThrowable(() -> Trust.load(notPem, null))).isInstanceOf(MailException.class)
                .hasMessageContaining(notPem.toString()).hasMessageContaining("PEM");
        Path missing = dir.resolve("missing.pem");
        assertThat(catchThrowable(() -> Trust.load(missing, null))).isInstanceOf(MailException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void anotherAuthorityInTheTrustFileDoesNotMakeTheServerTrusted() throws Exception {
        Path otherPem = TestAuthority.create("CN=Someone Else CA").writePem(dir.resolve("else.pem"));
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.IMPLICIT, MAIL.getSmtp().getPort())) {
            SmtpSettings settings = SmtpSettings.parse("smtps://localhost:" + front.port())
                    .withTrust(Trust.load(otherPem, null));
            assertThat(smtpFailure(settings)).contains("not trusted", otherPem.toString());
        }
    }

    @Test
    void aHandshakeThatBreaksSaysWhyForImapStartTls() throws Exception {
        try (TlsFront front = new TlsFront(good, TlsFront.Mode.IMAP_STARTTLS, MAIL.getImap().getPort())) {
            front.hangUpAtHandshake();
            ImapSettings settings = ImapSettings.parse("imap://officer@localhost:" + front.port() + "/INBOX");
            String message = imapFailure(settings);
            assertThat(message).contains("STARTTLS", "localhost:" + front.port(), "handshake");
            assertThat(message.replace("STARTTLS failure", "")).matches("(?s).*STARTTLS.*(terminated|closed|EOF).*");
        }
    }

    @Test
    void aServerThatOffersNoStartTlsIsNamedAsSuch() throws Exception {
        // STARTTLS is optional to a loopback name; another name of this machine makes it required
        InetAddress local = InetAddress.getLocalHost();
        String name = local.getHostName();
        Assumptions.assumeTrue(local.isLoopbackAddress() && !MailUrl.isLoopback(name) && name.matches("[A-Za-z0-9.-]+"),
                "this machine's name is not a loopback name");
        SmtpSettings smtp = SmtpSettings.parse("smtp://" + name + ":" + MAIL.getSmtp().getPort());
        assertThat(smtpFailure(smtp)).contains(name + ":" + MAIL.getSmtp().getPort(), "does not offer STARTTLS");
        ImapSettings imap = ImapSettings.parse("imap://officer@" + name + ":" + MAIL.getImap().getPort() + "/INBOX");
        assertThat(imapFailure(imap)).contains(name + ":" + MAIL.getImap().getPort(), "does not offer STARTTLS");
    }
}
