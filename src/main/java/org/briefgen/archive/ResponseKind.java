package org.briefgen.archive;

import java.util.Locale;

/**
 * What a row of the responses table records (by its {@link #key()}: {@code response}, {@code correction},
 * {@code withdrawal}).
 */
public enum ResponseKind implements StoredKey {
    /** A company's response. */
    RESPONSE,
    /** Replaces the response it supersedes (a wrong date or summary). */
    CORRECTION,
    /** Takes back the response it supersedes (recorded in error). */
    WITHDRAWAL;

    public static ResponseKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
