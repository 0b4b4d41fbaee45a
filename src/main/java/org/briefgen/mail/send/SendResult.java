package org.briefgen.mail.send;

import java.util.List;

import org.briefgen.mail.Outgoing;

/** What became of one {@link Outgoing}: its Message-ID and one {@link Delivery} for each address, in order. */
public record SendResult(String reference, String messageId, List<Delivery> deliveries) {

    public SendResult {
        deliveries = List.copyOf(deliveries);
    }

    /** True when every address was sent to. */
    public boolean allSent() {
        return deliveries.stream().allMatch(d -> d.status() == DeliveryStatus.SENT);
    }

    /** The deliveries with {@code status}. */
    public List<Delivery> with(DeliveryStatus status) {
        return deliveries.stream().filter(d -> d.status() == status).toList();
    }
}
