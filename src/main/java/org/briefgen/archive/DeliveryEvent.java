package org.briefgen.archive;

import java.util.Objects;

/**
 * A delivery event to record for letter {@code reference} and one {@code address}: its kind, the
 * Message-ID of the e-mail, the attempt it came from (0 for a bounce), when the server answered
 * (ISO-8601; null for {@code sending}), the server's reply or the reason, and the officer who sent
 * it (or read the inbox a bounce came in).
 */
public record DeliveryEvent(String reference, String address, DeliveryKind kind, String messageId, int attempt,
        String at, String detail, Officer officer) {

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
