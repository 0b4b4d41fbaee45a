package org.briefgen.archive;

import java.util.Objects;

/**
 * A delivery event to record for letter {@code reference} and one {@code address}: its kind, the
 * Message-ID of the e-mail, the attempt it came from (0 for a bounce), when the server answered
 * (ISO-8601; null for {@code sending}), the server's reply or the reason, and the officer who sent
 * it (or read the inbox a bounce came in); for {@code sending}, the moment the message handed over was
 * dated ({@code sentAt}, ISO-8601) and the SHA-256 of its bytes ({@code sentSha256}), else null.
 */
public record DeliveryEvent(String reference, String address, DeliveryKind kind, String messageId, int attempt,
        String at, String detail, Officer officer, String sentAt, String sentSha256) {

    /** An event with no bytes handed over (an outcome, a bounce). */
    public DeliveryEvent(String reference, String address, DeliveryKind kind, String messageId, int attempt,
            String at, String detail, Officer officer) {
        this(reference, address, kind, messageId, attempt, at, detail, officer, null, null);
    }

    /** An event recorded by the system's user. */
    public DeliveryEvent(String reference, String address, DeliveryKind kind, String messageId, int attempt,
            String at, String detail) {
        this(reference, address, kind, messageId, attempt, at, detail, Officer.systemUser());
    }

    public DeliveryEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(officer, "officer");
    }
}
