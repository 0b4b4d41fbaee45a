package org.briefgen.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.campaign.SigningConfig;

import com.itextpdf.signatures.validation.report.ValidationReport;
import eu.europa.esig.dss.simplereport.SimpleReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A letter signed at each PAdES level, with the in-process CA and TSA, checked by briefgen, iText and DSS. */
class SigningLevelsTest {

    @TempDir
    static Path dir;
    static TestPki pki;
    static Path keystore;
    static Path crl;
    static byte[] letter;

    @BeforeAll
    static void setUp() {
        pki = new TestPki("Privacy International");
        keystore = pki.signer("Privacy International").keystore(dir.resolve("signing.p12"), "letters",
                TestPki.PASSWORD);
        crl = TestPki.write(pki.crl(), dir.resolve("ca.crl"));
        letter = TestLetters.bundled().render(TestLetters.letter(0)).files().get(0).bytes();
    }

    static SigningConfig config(SigningConfig.Level level) {
        return new SigningConfig(keystore, "letters", "Issued by Privacy International", "London", null,
                level.timestamped() ? java.net.URI.create("http://tsa.invalid/") : null, level,
                level.longTerm() ? List.of(crl) : List.of(), null, TestPki.pem(pki.ca, dir.resolve("ca.pem")));
    }

    static byte[] sign(SigningConfig.Level level) {
        LetterSigner signer = LetterSigner.open(config(level), TestPki.PASSWORD.toCharArray(), java.time.Instant::now,
                new TestTsa(pki));
        return signer.sign(letter);
    }

    @ParameterizedTest
    @EnumSource(SigningConfig.Level.class)
    void eachLevelIsValidByBriefgenITextAndDssAndStillPdfAAndPdfUa(SigningConfig.Level level) {
        byte[] signed = sign(level);
        SignatureReport report = new SignatureCheck(SigningTrust.ca(dir.resolve("ca.pem"))).check(signed)
                .orElseThrow();
        assertThat(report.problems()).isEmpty();
        assertThat(report.level()).isEqualTo(level.label());
        assertThat(report.organisation()).isEqualTo("Privacy International");
        // the unsigned letter is the signed one's first revision, byte for byte: identical up to the signature
        assertThat(java.util.Arrays.copyOf(signed, letter.length)).isEqualTo(letter);
        assertThat(Validators.itext(signed, pki.ca, pki.crl()).getValidationResult()).as("iText's validator")
                .isEqualTo(ValidationReport.ValidationResult.VALID);
        SimpleReport dss = Validators.dss(signed, pki.ca, pki.crl());
        assertThat(Validators.dssVerdict(dss)).as("DSS").isEqualTo("TOTAL_PASSED");
        assertThat(dss.getSignatureFormat(dss.getFirstSignatureId()).name()).as("the level DSS reads")
                .isEqualTo("PAdES_BASELINE_" + level.name().substring(2));
        assertThat(VeraPdf.failures(signed, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(signed, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
