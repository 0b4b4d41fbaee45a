package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beyond loopback: HTTPS with the organisation's keystore, or a proxy on this machine that serves it. */
class WorkbenchHttpsTest {

    static final String KEYSTORE_PASSWORD = "keystore passphrase";

    @TempDir
    static Path dir;

    static Path root;
    static Path keystore;
    static X509Certificate certificate;

    @BeforeAll
    static void officersAndKeystore() throws Exception {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Archive archive = Archives.open(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC())) {
            archive.addOfficer("ada", WorkbenchSignInTest.PASSWORD.toCharArray());
            archive.addOfficer("bob", "bob's own long passphrase".toCharArray());
        }
        keystore = dir.resolve("workbench.p12");
        certificate = keystore(keystore, KEYSTORE_PASSWORD.toCharArray());
    }

    /** A self-signed certificate for 127.0.0.1 and localhost, with its key, in a PKCS#12 file. */
    static X509Certificate keystore(Path file, char[] password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=briefgen workbench test");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now
                .toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))),
                name, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName,
                        "localhost")}));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("workbench", pair.getPrivate(), password, new Certificate[] {cert});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return cert;
    }

    /** A client that trusts only the test's certificate. */
    static SSLContext trusting(X509Certificate cert) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("workbench", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void overHttpsCookiesAreSecureAndHstsIsSent() throws Exception {
        SSLContext tls = TlsKeystore.load(keystore, KEYSTORE_PASSWORD.toCharArray());
        Access access = new Access(List.of(), null, null, tls, false, null);
        try (Workbench workbench = Workbench.start(WorkbenchSessionsTest.settings(root, true, access), "127.0.0.1",
                0)) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(certificate)).cookieHandler(
                    new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            String base = "https://127.0.0.1:" + workbench.port();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(
                    h).startsWith("max-age="));
            assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith(
                    "__Host-").contains("; Secure", "HttpOnly", "SameSite=Strict"));
            String form = "_csrf=" + enc(WorkbenchHttpTest.csrfOf(login.body())) + "&name=ada&password=" + enc(
                    WorkbenchSignInTest.PASSWORD);
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header(
                    "Origin", base).header("Content-Type", "application/x-www-form-urlencoded").POST(
                            HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(
                    "__Host-briefgen_session=").contains("; Secure"));
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).contains("Officer: <strong>ada</strong>");
            // the same page over plain HTTP is another origin
            HttpResponse<String> plainOrigin = client.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                    .header("Origin", "http://127.0.0.1:" + workbench.port()).header("Content-Type",
                            "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                            + enc(WorkbenchHttpTest.csrfOf(home.body()))))
                    .build(),
                    HttpResponse.BodyHandlers
                            .ofString());
            assertThat(plainOrigin.statusCode()).isEqualTo(403);
            // and nothing is served in clear on its port
            String clear;
            try (RawHttp plain = new RawHttp(workbench.port())) {
                clear = plain.get("/login").body();
            } catch (RuntimeException e) {
                clear = "";
            }
            assertThat(clear).doesNotContain("Sign in");
        }
    }

    @Test
    void aKeystoreThatCannotServeIsNamedWithWhy() throws IOException {
        assertThatThrownBy(() -> TlsKeystore.load(keystore, "not the passphrase".toCharArray())).isInstanceOf(
                TlsKeystore.UnusableKeystoreException.class).hasMessageContaining(keystore.toString())
                .hasMessageContaining(
                        "BRIEFGEN_TLS_KEYSTORE_PASSWORD");
        Path junk = Files.writeString(dir.resolve("junk.p12"), "not a keystore");
        assertThatThrownBy(() -> TlsKeystore.load(junk, "x".toCharArray()))
                .isInstanceOf(TlsKeystore.UnusableKeystoreException.class)
                .hasMessageContaining(junk.toString());
        assertThatThrownBy(() -> TlsKeystore.load(dir.resolve("missing.p12"), "x".toCharArray())).isInstanceOf(
                TlsKeystore.UnusableKeystoreException.class).hasMessageContaining("no such file");
    }

    @Test
    void behindAProxyCookiesAreSecureHstsIsSentAndOnlyItsNamesAreServed() {
        Access access = new Access(List.of("bench.example.org"), null, null, null, true, null);
        try (Workbench workbench = Workbench.start(WorkbenchSessionsTest.settings(root, true, access), "127.0.0.1",
                0); RawHttp http = new RawHttp(workbench.port())) {
            String[] proxied = {"Host", "bench.example.org", "X-Forwarded-Proto", "https", "X-Forwarded-For",
                    "203.0.113.7", "Origin", "https://bench.example.org"};
            RawHttp.Reply login = http.get("/login", proxied);
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(login.all("set-cookie")).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("__Host-")
                    .contains("; Secure"));
            assertThat(WorkbenchSignInTest.signIn(http, "ada", WorkbenchSignInTest.PASSWORD, proxied).status())
                    .isEqualTo(303);
            assertThat(http.get("/", proxied).body()).contains("Officer: <strong>ada</strong>");
            // the proxy's name with the workbench's port, and the connection's own address, are its names too
            assertThat(http.get("/", "Host", "bench.example.org:" + workbench.port()).status()).isEqualTo(200);
            assertThat(http.get("/").status()).isEqualTo(200);
            // a form from the plain-HTTP page of the same name is another origin
            String form = "_csrf=" + http.get("/issue", proxied).csrf();
            assertThat(http.post("/logout", form, "Host", "bench.example.org", "Origin", "http://bench.example.org")
                    .status()).isEqualTo(403);
            assertThat(http.get("/", "Host", "attacker.example").status()).isEqualTo(421);
            assertThat(http.get("/", "X-Forwarded-Host", "attacker.example").status()).isEqualTo(421);
            assertThat(http.post("/logout", form, proxied).status()).isEqualTo(303);
        }
    }

    @Test
    void behindAProxyAnOfficersGuessesAreThrottledWhateverAddressTheyComeFrom() {
        Access access = new Access(List.of(), null, null, null, true, null);
        try (Workbench workbench = Workbench.start(WorkbenchSessionsTest.settings(root, true, access), "127.0.0.1",
                0); RawHttp http = new RawHttp(workbench.port())) {
            for (int i = 0; i < 20; i++) {
                String[] from = {"X-Forwarded-For", "192.0.2.1, 198.51.100." + i, "Origin", "https://" + http
                        .host()};
                assertThat(WorkbenchSignInTest.signIn(http, "ada", "guess", from).status()).as("guess " + (i + 1))
                        .isEqualTo(i < 5 ? 401 : 429);
            }
            // another officer, from an address of their own, is not held up
            assertThat(WorkbenchSignInTest.signIn(http, "bob", "bob's own long passphrase", "X-Forwarded-For",
                    "198.51.100.200", "Origin", "https://" + http.host()).status()).isEqualTo(303);
        }
    }

    @Test
    void forwardedHeadersFromBeyondLoopbackAreNotBelieved() throws Exception {
        Optional<String> address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream().flatMap(
                NetworkInterface::inetAddresses).filter(
                        a -> a instanceof Inet4Address && !a.isLoopbackAddress()
                                && !a.isLinkLocalAddress())
                .map(InetAddress::getHostAddress).findFirst();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no address beyond loopback");
        Access access = new Access(List.of(), null, null, null, true, null);
        try (Workbench workbench = Workbench.start(WorkbenchSessionsTest.settings(root, true, access), address
                .get(), 0); RawHttp http = new RawHttp(address.get(), workbench.port())) {
            String origin = "https://" + http.host();
            for (int i = 0; i < 5; i++) {
                assertThat(WorkbenchSignInTest.signIn(http, "officer-" + i, "guess", "X-Forwarded-For", "198.51.100."
                        + i, "Origin", origin).status()).isEqualTo(401);
            }
            // the guesses all came from one address, whatever the header said
            assertThat(WorkbenchSignInTest.signIn(http, "ada", WorkbenchSignInTest.PASSWORD, "X-Forwarded-For",
                    "198.51.100.99", "Origin", origin).status()).isEqualTo(429);
            // nor is its word for the name or the scheme taken
            assertThat(http.get("/login", "X-Forwarded-Host", "attacker.example").status()).isEqualTo(200);
            String form = "_csrf=" + http.get("/login").csrf();
            assertThat(http.post("/logout", form, "Origin", "http://" + http.host(), "X-Forwarded-Proto", "http")
                    .status()).isEqualTo(403);
        }
    }
}
