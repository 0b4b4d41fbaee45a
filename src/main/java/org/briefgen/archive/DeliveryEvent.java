package org.briefgen.archive;

import java.util.Objects;

/**
 * A delivery event to record for letter {@code reference} and one {@code address}: its kind, the
 * Message-ID of the e-mail, the attempt it came from (0 for a bounce), when the server answered
 * (ISO-8601; null for {@code sending}) and the server's reply or the reason.
 */
public record DeliveryEvent(String reference, String address, DeliveryKind kind, String messageId, int attempt,
        String at, String detail) {

    public DeliveryEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
    }
}
