package org.briefgen.mail.send;

/** What became of a message for one address. */
public enum DeliveryStatus {
    /** The server accepted it (its reply says so). */
    SENT,
    /** The server refused it for good (a 5xx reply): not to be sent again as it is. */
    FAILED,
    /** Refused for now (4xx, a dropped connection) on every attempt: nothing was handed over; a later run may send it. */
    DEFERRED,
    /** Handed over, but the connection broke before the server said whether it took it: never resent unasked. */
    UNCERTAIN,
    /** A dry run: it would have been sent. */
    DRY_RUN;

    /** True when the server may hold the message (sent, or uncertain): a re-run must not send it again unasked. */
    public boolean mayHaveLeft() {
        return this == SENT || this == UNCERTAIN;
    }
}
