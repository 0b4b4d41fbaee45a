package org.briefgen.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** The organisation's private key and certificate chain from its PKCS#12 file, checked once per run. */
record SigningKey(PrivateKey key, List<X509Certificate> chain) {

    SigningKey {
        chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The key {@code alias} in {@code keystore}, opened with {@code password}, its certificate valid at
     * {@code now}; each failure a {@link SigningException} saying what to put right (never the password).
     */
    static SigningKey open(Path keystore, String alias, char[] password, Instant now) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null && e.getMessage()
                    .contains("password")) {
                throw new SigningException(keystore + ": the password is wrong (BRIEFGEN_SIGNING_PASSWORD, or the"
                        + " one typed)");
            }
            throw new SigningException(keystore + ": cannot read it as a PKCS#12 key file (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new SigningException(keystore + ": cannot read it as a PKCS#12 key file (" + e.getMessage() + ")");
        }
        try {
            if (!store.isKeyEntry(alias)) {
                List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).sorted()
                        .toList();
                throw new SigningException(keystore + ": no key named '" + alias + "' (signing: alias in"
                        + " organisation.yaml); it holds " + (keys.isEmpty() ? "no key" : String.join(", ", keys)));
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (key == null || chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
                throw new SigningException(keystore + ": '" + alias + "' has no private key with an X.509"
                        + " certificate");
            }
            List<X509Certificate> certificates = java.util.Arrays.stream(chain).map(c -> (X509Certificate) c)
                    .toList();
            checkValid(keystore, certificates.get(0), now);
            return new SigningKey(key, certificates);
        } catch (UnrecoverableKeyException e) {
            throw new SigningException(keystore + ": the key '" + alias + "' does not open with this password");
        } catch (GeneralSecurityException e) {
            throw new SigningException(keystore + ": cannot read the key '" + alias + "' (" + e.getMessage() + ")");
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkValid(Path keystore, X509Certificate certificate, Instant now) {
        Date at = Date.from(now);
        String who = certificate.getSubjectX500Principal().getName();
        if (at.after(certificate.getNotAfter())) {
            throw new SigningException(keystore + ": the certificate of " + who + " expired on "
                    + certificate.getNotAfter().toInstant() + ": a letter signed with it would not be valid");
        }
        if (at.before(certificate.getNotBefore())) {
            throw new SigningException(keystore + ": the certificate of " + who + " is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
    }
}
