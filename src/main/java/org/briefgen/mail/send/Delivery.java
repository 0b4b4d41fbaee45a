package org.briefgen.mail.send;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of a message for one address: its status, when, the server's reply line (or what
 * went wrong, for a dropped connection; empty for a dry run), and the attempt it came from.
 */
public record Delivery(String address, DeliveryStatus status, Instant at, String reply, int attempt) {

    public Delivery {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        reply = reply == null ? "" : reply;
    }
}
