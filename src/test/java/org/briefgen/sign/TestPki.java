package org.briefgen.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made in the test's own process (BouncyCastle): a root, the
 * organisation's document-signing certificate, a time-stamping authority's certificate, a
 * revocation list; and PKCS#12 files holding a key. Nothing here touches the network.
 */
public final class TestPki {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    public final KeyPair caKey;
    public final X509Certificate ca;
    public final KeyPair tsaKey;
    public final X509Certificate tsa;

    /** A CA valid from a year ago to ten years on, named {@code name}, with its TSA. */
    public TestPki(String name) {
        Instant now = Instant.now();
        caKey = keys();
        X500Name caName = new X500Name("CN=" + name + " Root CA,O=" + name);
        ca = certificate(caName, caKey, caName, caKey, now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(3650)),
                true, null);
        tsaKey = keys();
        tsa = certificate(new X500Name("CN=" + name + " Time-Stamping Authority,O=" + name), tsaKey, caName, caKey,
                now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(3650)), false,
                KeyPurposeId.id_kp_timeStamping);
    }

    /** A document-signing certificate for {@code organisation}, valid from {@code from} to {@code to}. */
    public Signer signer(String organisation, Instant from, Instant to) {
        KeyPair keys = keys();
        X509Certificate certificate = certificate(new X500Name("CN=" + organisation + " letters,O=" + organisation),
                keys, X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), caKey, from, to, false, null);
        return new Signer(keys, certificate);
    }

    /** A certificate valid now for a year either way. */
    public Signer signer(String organisation) {
        Instant now = Instant.now();
        return signer(organisation, now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)));
    }

    /** The organisation's key and certificate. */
    public final class Signer {
        public final KeyPair keys;
        public final X509Certificate certificate;

        Signer(KeyPair keys, X509Certificate certificate) {
            this.keys = keys;
            this.certificate = certificate;
        }

        /** A PKCS#12 file at {@code file} holding this key as {@code alias}, with its chain to the CA. */
        public Path keystore(Path file, String alias, String password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(alias, keys.getPrivate(), password.toCharArray(),
                        new java.security.cert.Certificate[] {certificate, ca});
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    store.store(out, password.toCharArray());
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The CA's revocation list, issued now, revoking {@code revoked}. */
    public X509CRL crl(X509Certificate... revoked) {
        try {
            Date now = new Date();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    now);
            builder.setNextUpdate(new Date(now.getTime() + Duration.ofDays(7).toMillis()));
            for (X509Certificate c : revoked) {
                builder.addCRLEntry(c.getSerialNumber(), now, CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            builder.addExtension(Extension.cRLNumber, false,
                    new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(SERIAL.incrementAndGet())));
            return new JcaX509CRLConverter().getCRL(builder.build(contentSigner(caKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code crl} written to {@code file} (DER). */
    public static Path write(X509CRL crl, Path file) {
        try {
            Files.write(file, crl.getEncoded());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code certificate} written to {@code file} as PEM. */
    public static Path pem(X509Certificate certificate, Path file) {
        try {
            String text = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static ContentSigner contentSigner(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer,
            KeyPair issuerKeys, Instant from, Instant to, boolean isCa, KeyPurposeId purpose) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(from), Date.from(to), subject,
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
            if (isCa) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else if (purpose != null) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
            } else {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            X509CertificateHolder holder = builder.build(contentSigner(issuerKeys));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
