package org.briefgen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Collections;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.briefgen.failure.UserError;

/**
 * The certificate and key the workbench serves HTTPS with ({@code serve --tls-keystore FILE}): a
 * PKCS#12 (or JKS) keystore, opened with the password from {@link #PASSWORD_VARIABLE} only, never
 * from an option (the command line is visible to every user of the machine).
 */
public final class TlsKeystore {

    /** The keystore's password (and its key's). */
    public static final String PASSWORD_VARIABLE = "BRIEFGEN_TLS_KEYSTORE_PASSWORD";

    /** A keystore that cannot serve: the file, and why. */
    public static final class UnusableKeystoreException extends UserError {

        UnusableKeystoreException(String message) {
            super(message);
        }

        @Override
        public String outcome() {
            return "the workbench was not started.";
        }
    }

    private TlsKeystore() {
    }

    /** The TLS context of {@code file}'s key and certificate; {@code password} is cleared once read. */
    public static SSLContext load(Path file, char[] password) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnusableKeystoreException(
                        file + ": no such file (--tls-keystore names a PKCS#12 keystore with the"
                                + " workbench's key and certificate)");
            }
            KeyStore store;
            try {
                store = KeyStore.getInstance(file.toFile(), password);
            } catch (IOException e) {
                if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains(
                        "password")) {
                    throw new UnusableKeystoreException(
                            file + ": the password in " + PASSWORD_VARIABLE + " does not open this"
                                    + " keystore");
                }
                throw new UnusableKeystoreException(
                        file + ": not a keystore briefgen can read (PKCS#12 or JKS): " + e.getMessage());
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new UnusableKeystoreException(
                        file + ": not a keystore briefgen can read (PKCS#12 or JKS): " + e.getMessage());
            }
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new UnusableKeystoreException(file + ": holds no private key with its certificate (only trusted"
                        + " certificates): the workbench needs its own");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            try {
                keys.init(store, password);
            } catch (UnrecoverableKeyException e) {
                throw new UnusableKeystoreException(file + ": the key's password is not the keystore's (the one in "
                        + PASSWORD_VARIABLE + ")");
            }
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new UnusableKeystoreException(file + ": cannot serve HTTPS with this keystore: " + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
