package org.briefgen.archive.jdbc;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password kept as a slow salted hash: PBKDF2 with HMAC-SHA256 from the JDK, a random 16-byte
 * salt and {@link #ITERATIONS} rounds (OWASP's figure for this algorithm); compared in constant time.
 */
record PasswordHash(String algorithm, int iterations, String salt, String hash) {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final int BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new hash of {@code password} with a fresh salt. */
    static PasswordHash of(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, ITERATIONS, b64.encodeToString(salt), b64.encodeToString(derive(
                password, salt, ITERATIONS)));
    }

    /** Whether {@code password} is the one hashed here. */
    boolean matches(char[] password) {
        if (!ALGORITHM.equals(algorithm)) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(hash);
        byte[] actual = derive(password, b64.decode(salt), iterations);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        // never printed with its hash or salt
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }

    /** Clears {@code password}'s characters once they are no longer needed. */
    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
