package org.briefgen.mail.inbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An incoming message as it is recorded: where it was read, its Message-ID (recorded once by it;
 * made from the bytes' SHA-256 when the message has none), when the organisation received it (the
 * date of its topmost Received: header, which the receiving server added, else the date its source
 * gives, as IMAP's internal date; null when neither is known), when its sender says it was sent (its
 * Date:, kept beside; null when unreadable), its subject and sender made safe to print on one line, the
 * address of its one From (lower case; null when it has none or several), what the organisation's server
 * said of its sender, and its raw bytes, to keep as they came.
 */
public record ReceivedMessage(String origin, String messageId, OffsetDateTime received, OffsetDateTime date,
        String subject, String sender, String fromAddress, Authentication authentication, byte[] raw) {

    public ReceivedMessage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(raw, "raw");
        subject = subject == null ? "" : subject;
        sender = sender == null ? "" : sender;
        authentication = authentication == null ? Authentication.NONE : authentication;
    }

    /** When it is known to have come: when the organisation received it, else its Date:; null when neither. */
    public OffsetDateTime when() {
        return received != null ? received : date;
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + origin + ", " + messageId + ", received " + received + ", dated " + date
                + ", from " + sender + ": " + subject + "]";
    }
}
