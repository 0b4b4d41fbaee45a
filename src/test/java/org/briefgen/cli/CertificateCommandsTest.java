package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.briefgen.cli.mail.MailPasswords;
import org.briefgen.mail.TestAuthority;
import org.briefgen.mail.TlsFront;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's must-show: against servers whose certificate the organisation's own authority signed,
 * {@code send} and {@code inbox --imap} refuse in plain words, then work once the authority is named
 * with {@code --smtp-trust}/{@code --imap-trust} or {@code trust:} in the {@code smtp:} block.
 */
@Timeout(60)
class CertificateCommandsTest {

    private static final String PASSWORD = "imap-Pa55";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer@example.org", "officer", PASSWORD))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;

    static Cli cli;
    static TestAuthority authority;
    static TestAuthority.ServerCertificate certificate;
    static TlsFront smtps;
    static TlsFront imaps;
    static Path pem;

    @BeforeAll
    static void setUp() throws IOException {
        cli = new Cli(dir);
        Cli.Result r = cli.generate();
        assertThat(r.code()).as(r.err()).isZero();
        authority = TestAuthority.create("CN=Example Org Mail CA,O=Example Org");
        certificate = authority.issue("localhost", "localhost");
        pem = authority.writePem(dir.resolve("example-org-ca.pem"));
        smtps = new TlsFront(certificate, TlsFront.Mode.IMPLICIT, MAIL.getSmtp().getPort());
        imaps = new TlsFront(certificate, TlsFront.Mode.IMPLICIT, MAIL.getImap().getPort());
    }

    @AfterAll
    static void tearDown() throws IOException {
        smtps.close();
        imaps.close();
    }

    @AfterEach
    void restore() {
        MailPasswords.environment = System::getenv;
    }

    private static void assertPlainWords(Cli.Result r, int port) {
        assertThat(r.code()).as(r.out()).isNotZero();
        assertThat(r.err()).contains("localhost:" + port, "name asked for: localhost",
                "names in the certificate: localhost", "CN=Example Org Mail CA", "not trusted",
                "SHA-256 fingerprint: " + certificate.fingerprint(), "trust:")
                .doesNotContain("PKIX", "SunCertPathBuilderException", "internal error");
    }

    @Test
    void sendRefusesTheUntrustedCertificateInPlainWordsThenSendsWithTrust() {
        String url = "smtps://localhost:" + smtps.port();
        Cli.Result refused = cli.command("send", "--data", cli.data().toString(), "--smtp", url);
        assertPlainWords(refused, smtps.port());
        assertThat(refused.err()).contains("--smtp-trust");

        Cli.Result trusted = cli.command("send", "--data", cli.data().toString(), "--smtp", url, "--smtp-trust",
                pem.toString());
        assertThat(trusted.code()).as(trusted.err()).isZero();
        assertThat(trusted.out()).contains("dry run");
    }

    @Test
    void theSmtpBlockTakesTrustRelativeToItsFolder() throws IOException {
        Path data = dir.resolve("block-data");
        org.briefgen.TestCampaigns.copyTree(cli.data(), data);
        Files.copy(pem, data.resolve("org-ca.pem"));
        Files.writeString(data.resolve("organisation.yaml"), "\nsmtp:\n  host: localhost\n  port: " + smtps.port()
                + "\n  security: tls\n  trust: org-ca.pem\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Cli.Result trusted = cli.command("send", "--data", data.toString());
        assertThat(trusted.code()).as(trusted.err()).isZero();
        assertThat(trusted.out()).contains("dry run");

        Files.delete(data.resolve("org-ca.pem"));
        Cli.Result missing = cli.command("send", "--data", data.toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("org-ca.pem").doesNotContain("internal error");
    }

    @Test
    void inboxRefusesTheUntrustedCertificateInPlainWordsThenReadsWithTrust() {
        MailPasswords.environment = name -> name.equals("BRIEFGEN_IMAP_PASSWORD") ? PASSWORD : null;
        String url = "imaps://officer@localhost:" + imaps.port() + "/INBOX";
        Cli.Result refused = cli.command("inbox", "--imap", url);
        assertPlainWords(refused, imaps.port());
        assertThat(refused.err()).contains("--imap-trust");

        Cli.Result trusted = cli.command("inbox", "--imap", url, "--imap-trust", pem.toString());
        assertThat(trusted.code()).as(trusted.err()).isZero();
        assertThat(trusted.out()).contains("0 recorded");
    }

    @Test
    void theImapBlockTakesTrustAndTheOptionGoesOnlyWithImap() throws IOException {
        MailPasswords.environment = name -> name.equals("BRIEFGEN_IMAP_PASSWORD") ? PASSWORD : null;
        Path data = dir.resolve("imap-data");
        org.briefgen.TestCampaigns.copyTree(cli.data(), data);
        Files.copy(pem, data.resolve("org-ca.pem"));
        Files.writeString(data.resolve("organisation.yaml"), "\nimap:\n  trust: org-ca.pem\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        String url = "imaps://officer@localhost:" + imaps.port() + "/INBOX";
        Cli.Result trusted = cli.command("inbox", "--imap", url, "--data", data.toString());
        assertThat(trusted.code()).as(trusted.err()).isZero();

        Cli.Result validated = Cli.run("validate", "--data", data.toString(), "--templates",
                cli.root.resolve("templates").toString());
        assertThat(validated.code()).as(validated.out() + validated.err()).isZero();

        Cli.Result fromFiles = cli.command("inbox", "--from", dir.toString(), "--imap-trust", pem.toString());
        assertThat(fromFiles.code()).isNotZero();
        assertThat(fromFiles.err()).contains("--imap-trust goes with --imap");
    }

    @Test
    void withDebugTheMessageIsTheSamePlainOne() {
        String url = "smtps://localhost:" + smtps.port();
        Cli.Result refused = cli.command("send", "--data", cli.data().toString(), "--smtp", url, "--debug");
        assertPlainWords(refused, smtps.port());
    }
}
