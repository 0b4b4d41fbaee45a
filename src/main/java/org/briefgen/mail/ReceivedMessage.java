package org.briefgen.mail;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An incoming message as it is recorded: where it was read, its Message-ID (recorded once by it;
 * made from the bytes' SHA-256 when the message has none), when it was sent by its Date (else
 * when its source received it; null when neither is known), its subject and sender made safe to
 * print on one line, and its raw bytes, to keep as they came.
 */
public record ReceivedMessage(String origin, String messageId, OffsetDateTime date, String subject, String sender,
        byte[] raw) {

    public ReceivedMessage {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(raw, "raw");
        subject = subject == null ? "" : subject;
        sender = sender == null ? "" : sender;
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + origin + ", " + messageId + ", " + date + ", from " + sender + ": " + subject + "]";
    }
}
