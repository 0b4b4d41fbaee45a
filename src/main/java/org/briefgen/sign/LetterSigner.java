package org.briefgen.sign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;

import org.briefgen.campaign.SigningConfig;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.ICrlClient;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;

/**
 * Signs PDFs as the organisation, at the level of its {@code signing:} block: an invisible
 * signature field (described for screen readers) in an incremental update, so the unsigned PDF is
 * the signed one's first bytes. Opened once per run, when the key and certificate are checked and
 * the time-stamping authority asked once; then shared by every render thread.
 */
public final class LetterSigner {

    /** The signature field's name in every PDF signed. */
    public static final String FIELD = "briefgen-signature";

    private final SigningConfig config;
    private final SigningKey key;
    private final ITSAClient tsa;
    private final List<X509CRL> crls;
    private final Supplier<Instant> clock;

    private LetterSigner(SigningConfig config, SigningKey key, ITSAClient tsa, List<X509CRL> crls,
            Supplier<Instant> clock) {
        this.config = config;
        this.key = key;
        this.tsa = tsa;
        this.crls = crls;
        this.clock = clock;
    }

    /**
     * The organisation's signer for {@code config}, its key opened with {@code password}, the
     * timestamps from the block's {@code tsa}; every check of {@link #open(SigningConfig, char[], Supplier, ITSAClient)}.
     */
    public static LetterSigner open(SigningConfig config, char[] password) {
        return open(config, password, Instant::now, config.tsa() == null ? null
                : new TSAClientBouncyCastle(config.tsa().toString(), null, null, 8192, "SHA-256"));
    }

    /**
     * As {@link #open(SigningConfig, char[])} with the time from {@code clock} and the timestamps from
     * {@code tsa}. Checks, before any letter is signed: the key opens, its certificate is valid now,
     * is the configured {@code certificate} and chains to the configured {@code ca}; the
     * time-stamping authority answers; the revocation lists (B-LT, B-LTA) read and do not revoke it.
     */
    public static LetterSigner open(SigningConfig config, char[] password, Supplier<Instant> clock, ITSAClient tsa) {
        if (password == null || password.length == 0) {
            throw new SigningException("organisation.yaml has a signing: block, but no password for "
                    + config.keystore() + ": set BRIEFGEN_SIGNING_PASSWORD, or run on a terminal to type it");
        }
        SigningKey key = SigningKey.open(config.keystore(), config.alias(), password, clock.get());
        SigningTrust.of(config).checkOwn(key.chain(), config.keystore());
        List<X509CRL> crls = crls(config, key.certificate());
        if (config.level().timestamped()) {
            if (tsa == null) {
                throw new SigningException("signing: level " + config.level().label() + " needs a tsa");
            }
            probe(config, tsa);
        }
        return new LetterSigner(config, key, tsa, crls, clock);
    }

    /** A timestamp asked for once, so an authority that does not answer stops the run before any file. */
    private static void probe(SigningConfig config, ITSAClient tsa) {
        try {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest("briefgen".getBytes(StandardCharsets.UTF_8));
            byte[] token = tsa.getTimeStampToken(imprint);
            if (token == null || token.length == 0) {
                throw new SigningException("the time-stamping authority " + where(config) + " sent no timestamp");
            }
        } catch (SigningException e) {
            throw e;
        } catch (Exception e) {
            throw new SigningException("the time-stamping authority " + where(config) + " did not give a timestamp ("
                    + e.getMessage() + "): check signing: tsa in organisation.yaml, or the network");
        }
    }

    private static String where(SigningConfig config) {
        return config.tsa() == null ? "(given)" : config.tsa().toString();
    }

    private static List<X509CRL> crls(SigningConfig config, X509Certificate certificate) {
        List<X509CRL> all = new ArrayList<>();
        for (Path file : config.crls()) {
            try {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                for (var crl : factory.generateCRLs(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                    all.add((X509CRL) crl);
                }
            } catch (IOException | CertificateException | CRLException e) {
                throw new SigningException(file + ": cannot read a certificate revocation list from it ("
                        + e.getMessage() + ")");
            }
            if (all.isEmpty()) {
                throw new SigningException(file + ": holds no certificate revocation list");
            }
        }
        for (X509CRL crl : all) {
            if (crl.isRevoked(certificate)) {
                throw new SigningException("the certificate of " + Certificates.commonName(certificate)
                        + " is revoked, as its authority's revocation list says");
            }
        }
        if (config.level().longTerm() && all.stream().noneMatch(c -> c.getIssuerX500Principal().equals(certificate
                .getIssuerX500Principal()))) {
            throw new SigningException("signing: crl has no revocation list from "
                    + certificate.getIssuerX500Principal().getName() + ", who issued the signing certificate");
        }
        return List.copyOf(all);
    }

    /** The level every PDF is signed at. */
    public SigningConfig.Level level() {
        return config.level();
    }

    /** Who signs: the certificate's organisation, else its common name. */
    public String signer() {
        return Certificates.organisation(key.certificate());
    }

    /** {@code pdf} signed: its bytes, then an incremental update with the signature (and, by level, more). */
    public byte[] sign(byte[] pdf) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_768);
            PdfPadesSigner signer = new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            signer.setTrustedCertificates(new ArrayList<>(key.chain()));
            // revocation data comes only from the files given: never fetched
            signer.setOcspClient((checkCert, issuerCert, url) -> null);
            signer.setCrlClient(crlClient());
            SignerProperties properties = properties();
            X509Certificate[] chain = key.chain().toArray(X509Certificate[]::new);
            switch (config.level()) {
                case B_B -> signer.signWithBaselineBProfile(properties, chain, key.key());
                case B_T -> signer.signWithBaselineTProfile(properties, chain, key.key(), tsa);
                case B_LT -> signer.signWithBaselineLTProfile(properties, chain, key.key(), tsa);
                case B_LTA -> signer.signWithBaselineLTAProfile(properties, chain, key.key(), tsa);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign a PDF: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a PDF: " + e.getMessage(), e);
        }
    }

    private ICrlClient crlClient() {
        return (checkCert, url) -> {
            Collection<byte[]> encoded = new ArrayList<>();
            for (X509CRL crl : crls) {
                if (checkCert != null && crl.getIssuerX500Principal().equals(checkCert.getIssuerX500Principal())) {
                    try {
                        encoded.add(crl.getEncoded());
                    } catch (CRLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return encoded;
        };
    }

    private SignerProperties properties() {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.get().toEpochMilli());
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(SignerProperties.IGNORED_ID);
        // PDF/UA: a form field needs a description (TU), even an invisible one
        appearance.getAccessibilityProperties().setAlternateDescription("Digital signature of " + signer());
        SignerProperties properties = new SignerProperties().setFieldName(FIELD).setClaimedSignDate(now)
                .setSignatureAppearance(appearance).setSignatureCreator("briefgen");
        // what the signing: block gives of its reason, location and contact
        Optional.ofNullable(config.reason()).ifPresent(properties::setReason);
        Optional.ofNullable(config.location()).ifPresent(properties::setLocation);
        Optional.ofNullable(config.contact()).ifPresent(properties::setContact);
        return properties;
    }
}
