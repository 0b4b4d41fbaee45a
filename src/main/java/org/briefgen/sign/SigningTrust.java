package org.briefgen.sign;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.briefgen.campaign.SigningConfig;

/**
 * Whose signatures count as the organisation's: its own {@code certificate}s, and any certificate
 * that chains to one of its {@code cas} (from organisation.yaml's {@code signing:} block). With
 * neither, no signer can be recognised ({@link #configured()} is false).
 */
public record SigningTrust(List<X509Certificate> certificates, List<X509Certificate> cas) {

    public SigningTrust {
        certificates = List.copyOf(certificates);
        cas = List.copyOf(cas);
    }

    /** Nobody named: signatures are checked for integrity and time, not for who made them. */
    public static SigningTrust none() {
        return new SigningTrust(List.of(), List.of());
    }

    /** The block's {@code certificate} and {@code ca} files, read. */
    public static SigningTrust of(SigningConfig config) {
        return new SigningTrust(config.certificate() == null ? List.of() : Certificates.read(config.certificate()),
                config.ca() == null ? List.of() : Certificates.read(config.ca()));
    }

    /** The certificates in {@code file} as the organisation's CA (for {@code check-letter --ca}). */
    public static SigningTrust ca(Path file) {
        return new SigningTrust(List.of(), Certificates.read(file));
    }

    /** Whether a certificate or CA is named at all. */
    public boolean configured() {
        return !certificates.isEmpty() || !cas.isEmpty();
    }

    /** Refuses a key whose certificate is not the configured one, or does not chain to the configured CA. */
    void checkOwn(List<X509Certificate> chain, Path keystore) {
        if (!configured()) {
            return;
        }
        why(chain.get(0), chain, Instant.now()).ifPresent(problem -> {
            throw new SigningException(keystore + ": " + problem + " (signing: certificate / ca in organisation.yaml)");
        });
    }

    /**
     * Why {@code signer} (with the other certificates a signature carries, {@code carried}) is not the
     * organisation's at {@code at}; empty when it is (or when nobody is configured).
     */
    public Optional<String> why(X509Certificate signer, List<X509Certificate> carried, Instant at) {
        if (!configured() || certificates.contains(signer)) {
            return Optional.empty();
        }
        if (cas.isEmpty()) {
            return Optional.of("signed by " + signer.getSubjectX500Principal().getName()
                    + ", not by the configured certificate");
        }
        try {
            List<X509Certificate> path = new ArrayList<>();
            path.add(signer);
            carried.stream().filter(c -> !c.equals(signer) && !selfSigned(c) && !cas.contains(c)).forEach(path::add);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            Set<TrustAnchor> anchors = cas.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            return Optional.of("signed by " + signer.getSubjectX500Principal().getName()
                    + ", whose certificate does not chain to the configured CA at " + at + " (" + e.getMessage()
                    + ")");
        }
    }

    private static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }
}
