package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.EmlParts;
import org.briefgen.VeraPdf;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Verification;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.sign.SignatureCheck;
import org.briefgen.sign.SignatureReport;
import org.briefgen.sign.SigningTrust;
import org.briefgen.sign.TestPki;
import org.briefgen.sign.TestTsa;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * {@code generate} with organisation.yaml's {@code signing:} block (a PKCS#12 key, a time-stamping
 * authority over HTTP on loopback): every PDF issued is signed, the e-mail attaches the same signed
 * bytes, {@code archive verify} checks the signatures, {@code check-letter} says who and when.
 */
class SignedLettersTest {

    private static final String CAMPAIGN = "cloud-extraction-2020";

    @TempDir
    Path dir;
    Cli cli;
    TestPki pki;
    HttpServer tsa;

    @BeforeEach
    void setUp() throws IOException {
        cli = new Cli(dir.resolve("run"));
        pki = new TestPki("Privacy International");
        pki.signer("Privacy International").keystore(cli.data().resolve("keys/signing.p12"), "letters",
                TestPki.PASSWORD);
        TestPki.pem(pki.ca, cli.data().resolve("keys/ca.pem"));
        tsa = new TestTsa(pki).serve();
        Files.writeString(cli.data().resolve("organisation.yaml"), Files.readString(cli.data().resolve(
                "organisation.yaml")) + """
                        signing:
                          keystore: keys/signing.p12
                          alias: letters
                          reason: Issued by Privacy International
                          location: London
                          tsa: http://127.0.0.1:%d/tsa
                          ca: keys/ca.pem
                        """.formatted(tsa.getAddress().getPort()));
        SigningPasswords.environment = name -> name.equals(SigningPasswords.VARIABLE) ? TestPki.PASSWORD : null;
    }

    @AfterEach
    void tearDown() {
        tsa.stop(0);
        SigningPasswords.environment = System::getenv;
    }

    private List<Path> pdfs() throws IOException {
        try (Stream<Path> files = Files.list(cli.out().resolve(CAMPAIGN))) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private SignatureReport signature(byte[] pdf) {
        return new SignatureCheck(SigningTrust.ca(cli.data().resolve("keys/ca.pem"))).check(pdf).orElseThrow();
    }

    /** An approval digests the letters as made before signing: the signed files, which differ each run, are still covered. */
    @Test
    void anApprovalHoldsForLettersThatAreSignedWhenIssued() throws Exception {
        Files.writeString(cli.data().resolve("campaign.yaml"), "\napproval: required\n",
                java.nio.file.StandardOpenOption.APPEND);
        Cli.Result approved = Cli.run("approve", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString(), "--out", cli.out().toString(), "--as", "alice");
        assertThat(approved.code()).as(approved.err()).isZero();
        Cli.Result issued = cli.generate("--as", "bob");
        assertThat(issued.code()).as(issued.err()).isZero();
        assertThat(pdfs()).isNotEmpty().allSatisfy(pdf -> signature(Files.readAllBytes(pdf)));
    }

    @Test
    void everyIssuedPdfIsSignedTimestampedStillPdfAAndPdfUaAndTheEmailAttachesTheSameBytes() throws Exception {
        Cli.Result r = cli.generate();
        assertThat(r.code()).as(r.err()).isZero();
        List<Path> pdfs = pdfs();
        assertThat(pdfs).extracting(p -> p.getFileName().toString()).contains("briefing.pdf",
                "CE-2020-001-amazon-uk.pdf");
        for (Path pdf : pdfs) {
            SignatureReport report = signature(Files.readAllBytes(pdf));
            assertThat(report.problems()).as(pdf.toString()).isEmpty();
            assertThat(report.level()).isEqualTo("B-T");
            assertThat(report.organisation()).isEqualTo("Privacy International");
            assertThat(report.timestamp()).isNotNull();
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a of " + pdf).isEmpty();
            assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 of " + pdf).isEmpty();
        }
        Path letter = cli.out().resolve(CAMPAIGN).resolve("CE-2020-001-amazon-uk.pdf");
        byte[] attached = EmlParts.attachment(EmlParts.parse(cli.out().resolve(CAMPAIGN).resolve(
                "CE-2020-001-amazon-uk.eml")), "CE-2020-001-amazon-uk.pdf");
        assertThat(attached).isEqualTo(Files.readAllBytes(letter));
        // the briefing each e-mail attaches is the signed briefing.pdf written beside the letters
        byte[] briefing = EmlParts.attachment(EmlParts.parse(cli.out().resolve(CAMPAIGN).resolve(
                "CE-2020-001-amazon-uk.eml")), "briefing.pdf");
        assertThat(briefing).isEqualTo(Files.readAllBytes(cli.out().resolve(CAMPAIGN).resolve("briefing.pdf")));
    }

    @Test
    void archiveVerifyChecksSignaturesAndNamesTheLetterWhoseByteChanged() throws Exception {
        assertThat(cli.generate().code()).isZero();
        Cli.Result intact = cli.command("archive", "verify", "--data", cli.data().toString());
        assertThat(intact.code()).as(intact.out()).isZero();
        assertThat(intact.out()).contains("signatures: 5 of 5 signed PDFs valid, by the organisation's certificate");
        Path letter = cli.out().resolve(CAMPAIGN).resolve("CE-2020-003-fieldfare-messaging-ltd.pdf");
        byte[] bytes = Files.readAllBytes(letter);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[text.indexOf("stream\n", bytes.length / 3) + 12] ^= 0x01;
        Files.write(letter, bytes);
        Cli.Result broken = cli.command("archive", "verify", "--data", cli.data().toString());
        assertThat(broken.code()).isEqualTo(3);
        assertThat(broken.out()).contains("signature: CE-2020-003 " + CAMPAIGN
                + "/CE-2020-003-fieldfare-messaging-ltd.pdf: altered");
    }

    /**
     * An attacker swaps a letter for a signed PDF that spells its byte range {@code /Byte#52ange}, which a
     * reader decodes as {@code /ByteRange}: the file differs from the archive's record, so its signature is
     * checked however it is spelled (only a file matching its record is taken as briefgen's own).
     */
    @Test
    void aReplacedFileIsCheckedForASignatureHoweverItSpellsIt() throws Exception {
        assertThat(cli.generate().code()).isZero();
        respell(cli.out().resolve(CAMPAIGN).resolve("CE-2020-002-northwind-home-ltd.pdf"));
        Cli.Result r = cli.command("archive", "verify", "--data", cli.data().toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("signature: CE-2020-002 " + CAMPAIGN + "/CE-2020-002-northwind-home-ltd.pdf: ")
                .contains("signatures: 4 of 5 signed PDFs valid");
    }

    /** A letter recorded after the hash check read the archive (a run issuing meanwhile) was not hashed: parsed. */
    @Test
    void aLetterTheHashCheckDidNotReachIsCheckedForASignatureHoweverItSpellsIt() throws Exception {
        assertThat(cli.generate().code()).isZero();
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, cli.out()), Clock.systemUTC())) {
            List<IssuedLetter> letters = archive.letters();
            IssuedLetter last = letters.get(letters.size() - 1);
            RecordedFile pdf = last.files().stream().filter(f -> f.path().endsWith(".pdf") && !f.path().endsWith(
                    "briefing.pdf")).findFirst().orElseThrow();
            respell(archive.file(pdf));
            StringWriter out = new StringWriter();
            int failed = SignatureAudit.check(archive, cli.data(), new PrintWriter(out, true), new Verification(letters
                    .size() - 1, 0, 0, List.of()));
            assertThat(failed).as(out.toString()).isEqualTo(1);
            assertThat(out.toString()).contains("signature: " + last.reference() + " " + pdf.path() + ": ");
        }
    }

    /** Rewrites {@code pdf}'s one {@code /ByteRange} as {@code /Byte#52ange}, keeping its length. */
    private static void respell(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int name = text.indexOf("/ByteRange");
        int end = text.indexOf(']', name);
        assertThat(text.indexOf("/ByteRange", name + 1)).isEqualTo(-1);
        assertThat(text.substring(end + 1, end + 3)).isEqualTo("  ");
        // the escape's two bytes more are taken from the padding after the array
        String spelled = text.substring(0, name) + "/Byte#52ange" + text.substring(name + 10, end + 1) + text
                .substring(end + 3);
        assertThat(spelled).hasSameSizeAs(text).doesNotContain("/ByteRange");
        Files.write(pdf, spelled.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void withoutThePasswordGenerateSaysWhatIsMissingAndWritesNothing() {
        SigningPasswords.environment = name -> null;
        Cli.Result r = cli.generate();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("BRIEFGEN_SIGNING_PASSWORD").contains("signing.p12");
        assertThat(cli.out()).doesNotExist();
    }

    @Test
    void aWrongPasswordIsToldAndNeverPrinted() {
        SigningPasswords.environment = name -> "not the password";
        Cli.Result r = cli.generate();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("the password is wrong").doesNotContain("not the password");
        assertThat(cli.out()).doesNotExist();
    }

    @Test
    void anUnreachableTimeStampingAuthorityStopsTheRunBeforeAnyFile() {
        tsa.stop(0);
        Cli.Result r = cli.generate();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("time-stamping authority http://127.0.0.1:");
        assertThat(cli.out()).doesNotExist();
    }

    @Test
    void checkLetterNamesTheSignerAndTimeAndSaysAlteredForAnAlteredCopy() throws Exception {
        assertThat(cli.generate().code()).isZero();
        Path letter = cli.out().resolve(CAMPAIGN).resolve("CE-2020-001-amazon-uk.pdf");
        String archive = "jdbc:sqlite:" + cli.out().resolve("archive.sqlite");
        Cli.Result good = Cli.run("check-letter", letter.toString(), "--archive", archive, "--ca",
                cli.data().resolve("keys/ca.pem").toString());
        assertThat(good.code()).as(good.out() + good.err()).isZero();
        assertThat(good.out()).contains("signed by: Privacy International")
                .containsPattern("signed at: \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z \\(timestamp")
                .contains("altered:   no").contains("recorded as CE-2020-001 to Amazon");
        byte[] bytes = Files.readAllBytes(letter);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        bytes[text.indexOf("stream\n", bytes.length / 3) + 12] ^= 0x01;
        Path copy = dir.resolve("copy.pdf");
        Files.write(copy, bytes);
        Cli.Result altered = Cli.run("check-letter", copy.toString(), "--archive", archive);
        assertThat(altered.code()).isEqualTo(3);
        assertThat(altered.out()).contains("altered:   YES").contains("NOT recorded");
    }

    @Test
    void publishListsEachLettersSha256AndSigner() throws Exception {
        assertThat(cli.generate().code()).isZero();
        Path site = dir.resolve("site");
        Cli.Result r = cli.command("publish", "--as-of", "2020-01-10", "--to", site.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String page = Files.readString(site.resolve("companies/ce-2020-001-amazon-uk.html"));
        String sha256 = org.briefgen.files.Sha256.of(Files.readAllBytes(cli.out().resolve(CAMPAIGN).resolve(
                "CE-2020-001-amazon-uk.pdf")));
        assertThat(page).contains("<dt>SHA-256 of our letter (PDF)</dt><dd>" + sha256 + "</dd>")
                .containsPattern("<dt>Signed by</dt><dd>Privacy International, [^<]+ \\(signature valid: yes\\)</dd>");
    }
}
