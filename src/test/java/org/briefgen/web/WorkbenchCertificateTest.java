package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.mail.TestAuthority;
import org.briefgen.mail.TlsFront;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's Send page names a refused certificate in the same plain words as the command
 * line, and sends through the server once {@code serve --smtp-trust} names the organisation's CA.
 */
class WorkbenchCertificateTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;

    static Path root;
    static TestAuthority.ServerCertificate certificate;
    static Path pem;
    static TlsFront front;

    @BeforeAll
    static void setUp() throws IOException {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Archives.open(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC()).close();
        TestAuthority authority = TestAuthority.create("CN=Example Org Mail CA,O=Example Org");
        certificate = authority.issue("localhost", "localhost");
        pem = authority.writePem(dir.resolve("ca.pem"));
        front = new TlsFront(certificate, TlsFront.Mode.IMPLICIT, MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void tearDown() throws IOException {
        front.close();
    }

    private static String sendPage(Path trust) throws Exception {
        Path out = root.resolve("out");
        Workbench.Mail mail = new Workbench.Mail("smtps://localhost:" + front.port(), null, null, name -> null, trust,
                null);
        try (Workbench workbench = Workbench.start(new Workbench.Settings(root.resolve("data"), root.resolve(
                "templates"), out, ArchiveLocation.of(null, out), false, "officer-on-this-machine", mail), "127.0.0.1",
                0)) {
            HttpResponse<String> page = new WebClient(workbench.port()).get("/send");
            return page.body();
        }
    }

    @Test
    void theSendPageNamesTheCertificateThenWorksWithSmtpTrust() throws Exception {
        String refused = sendPage(null);
        assertThat(refused).contains("localhost:" + front.port(), "name asked for: localhost",
                "CN=Example Org Mail CA", "SHA-256 fingerprint: " + certificate.fingerprint(), "trust:")
                .doesNotContain("PKIX", "SunCertPathBuilderException");

        String trusted = sendPage(pem);
        assertThat(trusted).doesNotContain("SHA-256 fingerprint", "Nothing can be sent yet");
    }
}
