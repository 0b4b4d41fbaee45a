package org.briefgen.campaign;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code signing:} block of organisation.yaml: the PKCS#12 {@code keystore} (resolved against the
 * campaign folder) and the key's {@code alias} in it; the words the signature carries ({@code reason},
 * {@code location}, {@code contact}, each null when not given); the RFC 3161 time-stamping authority
 * ({@code tsa}, null for none); the PAdES baseline {@code level}; the revocation lists ({@code crls})
 * that B-LT and B-LTA embed; and what a signature is checked against later: the organisation's own
 * {@code certificate} and the {@code ca} it chains to (either may be null). Never a password: that
 * comes from the environment or a prompt.
 */
public record SigningConfig(Path keystore, String alias, String reason, String location, String contact, URI tsa,
        Level level, List<Path> crls, Path certificate, Path ca) {

    public SigningConfig {
        crls = List.copyOf(crls);
    }

    /** The PAdES baseline levels, in the order each adds to the one before. */
    public enum Level {
        /** A signature alone. */
        B_B,
        /** With a trusted timestamp: when the letter existed. */
        B_T,
        /** With the certificates and revocation data to check it later, offline. */
        B_LT,
        /** With a document timestamp over all of it, renewable before its algorithms age. */
        B_LTA;

        /** As organisation.yaml writes it: {@code B-T}, the constant's name with a hyphen. */
        public String label() {
            return name().replace('_', '-');
        }

        /** Whether this level carries a timestamp (so needs a {@code tsa}). */
        public boolean timestamped() {
            return this != B_B;
        }

        /** Whether this level embeds revocation data. */
        public boolean longTerm() {
            return this == B_LT || this == B_LTA;
        }
    }
}
