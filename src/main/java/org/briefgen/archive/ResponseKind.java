package org.briefgen.archive;

import java.util.Locale;

/** What a row of the responses table records. */
public enum ResponseKind {
    /** A company's response. */
    RESPONSE,
    /** Replaces the response it supersedes (a wrong date or summary). */
    CORRECTION,
    /** Takes back the response it supersedes (recorded in error). */
    WITHDRAWAL;

    /** The name stored in the archive: {@code response}, {@code correction}, {@code withdrawal}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResponseKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
