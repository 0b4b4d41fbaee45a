package org.briefgen.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.campaign.SigningConfig;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.validation.report.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tampered byte, a stranger's certificate, an expired certificate: each caught, by briefgen, iText and DSS. */
class SignatureProblemsTest {

    @TempDir
    static Path dir;
    static TestPki pki;
    static byte[] letter;
    static SigningTrust trust;

    @BeforeAll
    static void setUp() {
        pki = new TestPki("Privacy International");
        letter = TestLetters.bundled().render(TestLetters.letter(0)).files().get(0).bytes();
        trust = SigningTrust.ca(TestPki.pem(pki.ca, dir.resolve("ca.pem")));
    }

    private static SigningConfig config(Path keystore) {
        return new SigningConfig(keystore, "letters", null, null, null, URI.create("http://tsa.invalid/"),
                SigningConfig.Level.B_T, List.of(), null, dir.resolve("ca.pem"));
    }

    private static byte[] signed() {
        Path keystore = pki.signer("Privacy International").keystore(dir.resolve("good.p12"), "letters",
                TestPki.PASSWORD);
        return LetterSigner.open(config(keystore), TestPki.PASSWORD.toCharArray(), Instant::now, new TestTsa(pki))
                .sign(letter);
    }

    /** The first byte of a stream's data after a third of the file: inside the signed range, and not structure. */
    private static int streamByte(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.indexOf("stream\n", pdf.length / 3) + "stream\n".length() + 5;
    }

    @Test
    void aChangedByteIsAlteredForAllThree() {
        byte[] pdf = signed();
        pdf[streamByte(pdf)] ^= 0x01;
        SignatureReport report = new SignatureCheck(trust).check(pdf).orElseThrow();
        assertThat(report.problems()).anyMatch(p -> p.startsWith("altered"));
        assertThat(Validators.itext(pdf, pki.ca, pki.crl()).getValidationResult())
                .isEqualTo(ValidationReport.ValidationResult.INVALID);
        assertThat(Validators.dssVerdict(Validators.dss(pdf, pki.ca, pki.crl()))).startsWith("TOTAL_FAILED");
    }

    @Test
    void bytesAppendedAfterTheSignatureAreNotCovered() throws Exception {
        byte[] pdf = signed();
        // an incremental update that changes the document's title after it was signed
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var document = new com.itextpdf.kernel.pdf.PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)),
                new com.itextpdf.kernel.pdf.PdfWriter(out), new StampingProperties().useAppendMode())) {
            document.getFirstPage().getPdfObject().put(com.itextpdf.kernel.pdf.PdfName.Rotate,
                    new com.itextpdf.kernel.pdf.PdfNumber(90));
            document.getFirstPage().setModified();
        }
        SignatureReport report = new SignatureCheck(trust).check(out.toByteArray()).orElseThrow();
        assertThat(report.problems()).anyMatch(p -> p.startsWith("altered"));
    }

    @Test
    void aStrangersCertificateIsNotTheOrganisations() {
        TestPki stranger = new TestPki("Privacy International");
        Path keystore = stranger.signer("Privacy International").keystore(dir.resolve("stranger.p12"), "letters",
                TestPki.PASSWORD);
        SigningConfig config = new SigningConfig(keystore, "letters", null, null, null, null, SigningConfig.Level.B_B,
                List.of(), null, null);
        byte[] pdf = LetterSigner.open(config, TestPki.PASSWORD.toCharArray(), Instant::now, null).sign(letter);
        SignatureReport report = new SignatureCheck(trust).check(pdf).orElseThrow();
        assertThat(report.problems()).anyMatch(p -> p.contains("does not chain to the configured CA"));
        assertThat(Validators.itext(pdf, pki.ca, pki.crl()).getValidationResult())
                .isNotEqualTo(ValidationReport.ValidationResult.VALID);
        assertThat(Validators.dssVerdict(Validators.dss(pdf, pki.ca, pki.crl()))).doesNotStartWith("TOTAL_PASSED");
        // and briefgen refuses to sign with it when the organisation's CA is configured
        assertThatThrownBy(() -> LetterSigner.open(new SigningConfig(keystore, "letters", null, null, null, null,
                SigningConfig.Level.B_B, List.of(), null, dir.resolve("ca.pem")), TestPki.PASSWORD.toCharArray(),
                Instant::now, null)).isInstanceOf(SigningException.class)
                .hasMessageContaining("does not chain to the configured CA");
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeSigningAndCaughtInAFileSignedWithIt() throws Exception {
        Instant now = Instant.now();
        TestPki.Signer expired = pki.signer("Privacy International", now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)));
        Path keystore = expired.keystore(dir.resolve("expired.p12"), "letters", TestPki.PASSWORD);
        assertThatThrownBy(() -> LetterSigner.open(config(keystore), TestPki.PASSWORD.toCharArray(), Instant::now,
                new TestTsa(pki))).isInstanceOf(SigningException.class).hasMessageContaining("expired on");
        // a PDF signed with it anyway, by another tool
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(letter)), out).signWithBaselineTProfile(
                new SignerProperties().setFieldName("sig"), new X509Certificate[] {expired.certificate, pki.ca},
                expired.keys.getPrivate(), new TestTsa(pki));
        byte[] pdf = out.toByteArray();
        SignatureReport report = new SignatureCheck(trust).check(pdf).orElseThrow();
        assertThat(report.problems()).anyMatch(p -> p.contains("had expired"));
        assertThat(Validators.itext(pdf, pki.ca, pki.crl()).getValidationResult())
                .isNotEqualTo(ValidationReport.ValidationResult.VALID);
        assertThat(Validators.dssVerdict(Validators.dss(pdf, pki.ca, pki.crl()))).doesNotStartWith("TOTAL_PASSED");
    }

    @Test
    void aWrongPasswordOrAliasIsToldWithoutThePassword() {
        Path keystore = pki.signer("Privacy International").keystore(dir.resolve("pw.p12"), "letters",
                TestPki.PASSWORD);
        assertThatThrownBy(() -> LetterSigner.open(config(keystore), "wrong".toCharArray(), Instant::now,
                new TestTsa(pki))).isInstanceOf(SigningException.class).hasMessageContaining("password is wrong")
                .message().doesNotContain("wrong\"").doesNotContain(TestPki.PASSWORD);
        SigningConfig otherAlias = new SigningConfig(keystore, "post", null, null, null, null,
                SigningConfig.Level.B_B, List.of(), null, null);
        assertThatThrownBy(() -> LetterSigner.open(otherAlias, TestPki.PASSWORD.toCharArray(), Instant::now, null))
                .isInstanceOf(SigningException.class).hasMessageContaining("no key named 'post'")
                .hasMessageContaining("letters");
    }

    @Test
    void aTimeStampingAuthorityThatDoesNotAnswerStopsTheRun() {
        Path keystore = pki.signer("Privacy International").keystore(dir.resolve("tsa.p12"), "letters",
                TestPki.PASSWORD);
        // nothing listens on port 9 of the loopback address
        SigningConfig config = new SigningConfig(keystore, "letters", null, null, null,
                URI.create("http://127.0.0.1:9/tsa"), SigningConfig.Level.B_T, List.of(), null, null);
        assertThatThrownBy(() -> LetterSigner.open(config, TestPki.PASSWORD.toCharArray()))
                .isInstanceOf(SigningException.class).hasMessageContaining("http://127.0.0.1:9/tsa")
                .hasMessageContaining("did not give a timestamp");
    }
}
