package org.briefgen.archive;

import java.util.Locale;

/**
 * A kind the archive stores by its constant's name in lower case ({@code sent}, {@code correction}): a
 * constant is never renamed, since the archives written before hold the old name.
 */
public interface StoredKey {

    /** The constant's name, as {@link Enum#name()}. */
    String name();

    /** As the table stores it: the name in lower case. */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
