package org.briefgen.mail.inbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as a source read it: where it came from (for messages: a file name, "mbox message 3",
 * "IMAP INBOX UID 42"), its raw bytes, and when the source says it arrived (the IMAP server's
 * date, an mbox separator's date; null when unknown), used when the message has no Date.
 */
public record InboxMessage(String origin, byte[] bytes, Instant arrived) {

    public InboxMessage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return "InboxMessage[" + origin + ", " + bytes.length + " bytes]";
    }
}
