package org.briefgen.archive;

import java.util.Arrays;

/**
 * One event in the life of a letter's e-mail to one address, as the deliveries table records it (by its
 * {@link #key()}: {@code sending}, {@code sent}, …).
 */
public enum DeliveryKind implements StoredKey {
    /** About to be handed to the server; with nothing after it, uncertain: the run stopped in between. */
    SENDING,
    /** The server accepted it. */
    SENT,
    /** The server refused it for good (5xx). */
    FAILED,
    /** Refused for now (4xx, a dropped connection) on every attempt: a later run sends it. */
    DEFERRED,
    /** Handed over, but the connection broke before the server answered. */
    UNCERTAIN,
    /** A delivery status notification said it could not be delivered. */
    BOUNCED;

    public static DeliveryKind of(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown delivery status '" + key + "' in the archive"));
    }

    /**
     * True when a run must not send to the address again unasked: it may have left (sending, sent,
     * uncertain) or was refused for good (failed, bounced). Only a deferred address is sent again.
     */
    public boolean settled() {
        return this != DEFERRED;
    }
}
