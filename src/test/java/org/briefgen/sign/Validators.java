package org.briefgen.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.CrlClientOffline;
import com.itextpdf.signatures.validation.SignatureValidationProperties;
import com.itextpdf.signatures.validation.ValidatorChainBuilder;
import com.itextpdf.signatures.validation.context.CertificateSources;
import com.itextpdf.signatures.validation.context.TimeBasedContexts;
import com.itextpdf.signatures.validation.context.ValidatorContexts;
import com.itextpdf.signatures.validation.report.ValidationReport;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/** Two validators briefgen does not use itself: iText's own, and the EU's DSS (on PDFBox), both offline. */
final class Validators {

    private Validators() {
    }

    /** iText's verdict on every signature of {@code pdf}, trusting {@code ca}, with {@code crl} as revocation data. */
    static ValidationReport itext(byte[] pdf, X509Certificate ca, X509CRL crl) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureValidationProperties properties = new SignatureValidationProperties()
                    .setRevocationOnlineFetching(ValidatorContexts.all(), CertificateSources.all(),
                            TimeBasedContexts.all(), SignatureValidationProperties.OnlineFetching.NEVER_FETCH)
                    .setContinueAfterFailure(ValidatorContexts.all(), CertificateSources.all(), true);
            properties.addCrlClient(new CrlClientOffline(crl.getEncoded()));
            ValidatorChainBuilder builder = new ValidatorChainBuilder().withSignatureValidationProperties(properties)
                    .withTrustedCertificates(List.of(ca));
            return builder.buildSignatureValidator(document).validateSignatures();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DSS's simple report on {@code pdf}, trusting {@code ca}, offline, with {@code crl} as revocation data. */
    static SimpleReport dss(byte[] pdf, X509Certificate ca, X509CRL crl) {
        try {
            CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            trusted.addCertificate(new CertificateToken(ca));
            verifier.setTrustedCertSources(trusted);
            verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(crl.getEncoded())));
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(verifier);
            Reports reports = validator.validateDocument();
            return reports.getSimpleReport();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DSS's verdict on the first signature, with its sub-indication and errors. */
    static String dssVerdict(SimpleReport report) {
        String id = report.getFirstSignatureId();
        if (id == null) {
            return "no signature";
        }
        Indication indication = report.getIndication(id);
        return indication + (report.getSubIndication(id) == null ? "" : "/" + report.getSubIndication(id))
                + (indication == Indication.TOTAL_PASSED ? "" : " " + report.getAdESValidationErrors(id));
    }
}
