package org.briefgen.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate authorities a mail connection trusts: always the Java runtime's own, and the
 * organisation's from a {@code trust:} file (PEM with one or more certificates, or a PKCS#12
 * truststore), for the connections given this trust only; the JVM's global truststore is never
 * changed. There is no trust that accepts any certificate: checking cannot be turned off.
 */
public final class Trust {

    /** The environment variable holding a PKCS#12 truststore's password, when it has one. */
    public static final String PASSWORD_VARIABLE = "BRIEFGEN_TRUST_PASSWORD";

    private static final Trust JVM = new Trust(null, List.of());
    private static final String OUTCOME = "nothing was sent or read.";

    private final Path file;
    private final List<X509Certificate> organisation;
    private volatile X509ExtendedTrustManager manager;

    private Trust(Path file, List<X509Certificate> organisation) {
        this.file = file;
        this.organisation = organisation;
    }

    /** The Java runtime's certificate authorities only. */
    public static Trust jvm() {
        return JVM;
    }

    /**
     * The runtime's authorities and those in {@code file}: PEM (one or more {@code BEGIN CERTIFICATE}
     * blocks) or a PKCS#12 truststore, opened with {@code password} (null: none).
     */
    public static Trust load(Path file, String password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MailException("the trust file " + file + " does not exist", OUTCOME);
        } catch (IOException e) {
            throw new MailException("cannot read the trust file " + file + ": " + e.getMessage(), OUTCOME);
        }
        List<X509Certificate> certificates = new String(bytes, StandardCharsets.ISO_8859_1).contains(
                "-----BEGIN CERTIFICATE-----") ? pem(file, bytes) : pkcs12(file, bytes, password);
        return new Trust(file, List.copyOf(certificates));
    }

    private static List<X509Certificate> pem(Path file, byte[] bytes) {
        try {
            List<X509Certificate> found = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(
                    new ByteArrayInputStream(bytes))) {
                found.add((X509Certificate) c);
            }
            if (found.isEmpty()) {
                throw new MailException("the trust file " + file + " holds no certificate", OUTCOME);
            }
            return found;
        } catch (GeneralSecurityException e) {
            throw new MailException("the trust file " + file + " is not a PEM certificate that can be read ("
                    + DisplayText.of(e.getMessage(), 200) + ")", OUTCOME);
        }
    }

    private static List<X509Certificate> pkcs12(Path file, byte[] bytes, String password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password == null ? null : password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            boolean wrongPassword = e.getCause() instanceof java.security.UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new MailException("the trust file " + file + " is neither PEM (-----BEGIN CERTIFICATE-----) nor a"
                    + " PKCS#12 truststore that opens" + (wrongPassword ? " with the password in " + PASSWORD_VARIABLE
                            : " (" + PASSWORD_VARIABLE + " holds its password, if it has one)"),
                    OUTCOME);
        }
        List<X509Certificate> found = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    found.add(x);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a loaded PKCS#12 store cannot be listed", e);
        }
        if (found.isEmpty()) {
            throw new MailException("the PKCS#12 truststore " + file + " holds no certificate that can be read: if"
                    + " it has a password, set " + PASSWORD_VARIABLE, OUTCOME);
        }
        return found;
    }

    /** The file the organisation's authorities came from; empty for the runtime's only. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The organisation's certificates (none for {@link #jvm()}). */
    List<X509Certificate> organisation() {
        return organisation;
    }

    /** The checks a server's certificate must pass: the runtime's authorities plus the organisation's. */
    X509ExtendedTrustManager manager() {
        X509ExtendedTrustManager m = manager;
        if (m == null) {
            m = build();
            manager = m;
        }
        return m;
    }

    private X509ExtendedTrustManager build() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            X509ExtendedTrustManager runtime = extended(defaults(factory));
            if (organisation.isEmpty()) {
                return runtime;
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate c : runtime.getAcceptedIssuers()) {
                store.setCertificateEntry("runtime-" + i++, c);
            }
            for (X509Certificate c : organisation) {
                store.setCertificateEntry("organisation-" + i++, c);
            }
            TrustManagerFactory both = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            both.init(store);
            return extended(both.getTrustManagers());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime's certificate checks cannot be set up", e);
        }
    }

    private static TrustManager[] defaults(TrustManagerFactory factory) throws GeneralSecurityException {
        factory.init((KeyStore) null);
        return factory.getTrustManagers();
    }

    private static X509ExtendedTrustManager extended(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("the Java runtime has no X.509 certificate checks");
    }

    @Override
    public String toString() {
        return file == null ? "the Java runtime's certificate authorities" : "the Java runtime's certificate"
                + " authorities and those in " + file;
    }
}
