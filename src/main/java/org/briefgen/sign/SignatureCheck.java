package org.briefgen.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSource;
import com.itextpdf.signatures.validation.context.TimeBasedContext;
import com.itextpdf.signatures.validation.context.ValidationContext;
import com.itextpdf.signatures.validation.context.ValidatorContext;
import com.itextpdf.signatures.validation.report.ReportItem;
import com.itextpdf.signatures.validation.report.ValidationReport;

/**
 * Reads the signature of a PDF and checks it: the signed bytes are unchanged, the signature covers
 * the whole file but its own contents (or, at B-LT and B-LTA, what follows it is only validation
 * data and document timestamps, each intact, the last covering the whole file), the certificate is
 * the organisation's (by {@link SigningTrust}) and valid when signed, and the timestamp is over this
 * signature, by a certificate valid at its time.
 */
public final class SignatureCheck {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);

    private final SigningTrust trust;

    /**
     * Whether {@code pdf} names a signature's byte range anywhere. A signer writes a signature's byte range
     * plainly, outside any compressed stream (it is filled in once the rest of the file is written), so a PDF
     * that briefgen wrote and that never names one holds no signature, and need not be parsed. A hostile file
     * can spell the name otherwise ({@code /Byte#52ange}): rely on this only for bytes known to be briefgen's,
     * such as a file that matches the digest the archive recorded when it was issued.
     */
    public static boolean namesAByteRange(byte[] pdf) {
        return names(pdf, BYTE_RANGE);
    }

    public SignatureCheck(SigningTrust trust) {
        this.trust = trust;
    }

    /** The PDF's first signature, checked; empty when it has none. A file that is no PDF is one problem. */
    public Optional<SignatureReport> check(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(document);
            List<String> names = util.getSignatureNames();
            List<String> signatures = names.stream().filter(n -> !isDocumentTimestamp(util, n)).toList();
            if (signatures.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(check(document, util, names, signatures.get(0), signatures.size()));
        } catch (IOException | PdfException | IllegalArgumentException e) {
            return Optional.of(new SignatureReport("", "", "", null, null, "", List.of(
                    "cannot be read as a signed PDF (" + e.getMessage() + ")")));
        }
    }

    private static boolean isDocumentTimestamp(SignatureUtil util, String name) {
        return PdfName.ETSI_RFC3161.equals(util.getSignature(name).getSubFilter());
    }

    private SignatureReport check(PdfDocument document, SignatureUtil util, List<String> names, String name,
            int count) {
        List<String> problems = new ArrayList<>();
        if (count > 1) {
            problems.add(count + " signatures: briefgen signs a letter once");
        }
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = util.readSignatureData(name);
        } catch (RuntimeException e) {
            return new SignatureReport(name, "", "", null, null, "", List.of("the signature cannot be read ("
                    + e.getMessage() + ")"));
        }
        X509Certificate signer = pkcs7.getSigningCertificate();
        Instant claimed = pkcs7.getSignDate() == null ? null : pkcs7.getSignDate().toInstant();
        Instant timestamp = pkcs7.getTimeStampDate() == null ? null : pkcs7.getTimeStampDate().toInstant();
        try {
            if (!pkcs7.verifySignatureIntegrityAndAuthenticity()) {
                problems.add("altered: the bytes it covers are not the bytes that were signed");
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add("altered: the signature does not verify (" + e.getMessage() + ")");
        }
        coverage(document, util, names, name, problems);
        Instant at = timestamp != null ? timestamp : claimed != null ? claimed : Instant.now();
        if (signer == null) {
            problems.add("the signature names no certificate");
        } else {
            validity(signer, at, "the signing certificate", problems);
            List<X509Certificate> carried = Arrays.stream(pkcs7.getCertificates()).map(c -> (X509Certificate) c)
                    .toList();
            trust.why(signer, carried, at).ifPresent(problems::add);
        }
        if (timestamp != null) {
            timestamp(pkcs7, problems);
        }
        String level = level(util, names, timestamp != null);
        return new SignatureReport(name, signer == null ? "" : Certificates.organisation(signer),
                signer == null ? "" : signer.getSubjectX500Principal().getName(), claimed, timestamp, level,
                problems);
    }

    /**
     * The signature covers the file; or what follows it is only validation data and document
     * timestamps (iText's check of the revisions after a signature), each timestamp intact.
     */
    private static void coverage(PdfDocument document, SignatureUtil util, List<String> names, String name,
            List<String> problems) {
        if (util.signatureCoversWholeDocument(name)) {
            return;
        }
        ValidationReport revisions = new ValidatorChainBuilder().buildDocumentRevisionsValidator()
                .validateAllDocumentRevisions(new ValidationContext(ValidatorContext.DOCUMENT_REVISIONS_VALIDATOR,
                        CertificateSource.SIGNER_CERT, TimeBasedContext.PRESENT), document);
        if (revisions.getValidationResult() != ValidationReport.ValidationResult.VALID) {
            String why = revisions.getFailures().stream().map(ReportItem::getMessage).findFirst().orElse("");
            problems.add("altered: bytes were added after the signature that change the letter (" + why + ")");
        }
        for (String n : names.subList(names.indexOf(name) + 1, names.size())) {
            try {
                if (!util.readSignatureData(n).verifySignatureIntegrityAndAuthenticity()) {
                    problems.add("altered: the document timestamp " + n + " does not match the file");
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                problems.add("altered: the document timestamp " + n + " does not verify (" + e.getMessage() + ")");
            }
        }
    }

    private static void timestamp(PdfPKCS7 pkcs7, List<String> problems) {
        try {
            if (!pkcs7.verifyTimestampImprint()) {
                problems.add("the timestamp is not over this signature");
            }
            PdfPKCS7 token = pkcs7.getTimestampSignatureContainer();
            if (token != null && !token.verifySignatureIntegrityAndAuthenticity()) {
                problems.add("the timestamp's own signature does not verify");
            }
            if (token != null && token.getSigningCertificate() != null) {
                validity(token.getSigningCertificate(), pkcs7.getTimeStampDate().toInstant(),
                        "the time-stamping authority's certificate", problems);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add("the timestamp does not verify (" + e.getMessage() + ")");
        }
    }

    private static void validity(X509Certificate certificate, Instant at, String what, List<String> problems) {
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            problems.add(what + " had expired (" + certificate.getNotAfter().toInstant() + ") when it was used ("
                    + at + ")");
        } else if (at.isBefore(certificate.getNotBefore().toInstant())) {
            problems.add(what + " was not yet valid (from " + certificate.getNotBefore().toInstant()
                    + ") when it was used (" + at + ")");
        }
    }

    private static String level(SignatureUtil util, List<String> names, boolean timestamped) {
        boolean documentTimestamp = names.stream().anyMatch(n -> isDocumentTimestamp(util, n));
        boolean validationData = util.getTotalRevisions() > names.size();
        if (documentTimestamp) {
            return "B-LTA";
        }
        if (validationData) {
            return "B-LT";
        }
        return timestamped ? "B-T" : "B-B";
    }

    /**
     * Whether {@code bytes} hold {@code name} anywhere. Boyer-Moore-Horspool: most positions are skipped
     * by the length of the name (publish and {@code archive verify} read every letter through here).
     */
    static boolean names(byte[] bytes, byte[] name) {
        int last = name.length - 1;
        if (last < 0) {
            return true;
        }
        int[] skip = new int[256];
        Arrays.fill(skip, name.length);
        for (int j = 0; j < last; j++) {
            skip[name[j] & 0xff] = last - j;
        }
        for (int i = 0; i + last < bytes.length; i += skip[bytes[i + last] & 0xff]) {
            int j = last;
            while (bytes[i + j] == name[j]) {
                if (j == 0) {
                    return true;
                }
                j--;
            }
        }
        return false;
    }
}
