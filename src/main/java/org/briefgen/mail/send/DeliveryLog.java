package org.briefgen.mail.send;

import java.util.List;

import org.briefgen.mail.Outgoing;
import org.briefgen.mail.SentCopy;

/**
 * Told of each hand-over to the server, so that a message is sent at most once: mark the
 * addresses {@code sending} (durably) in {@link #handingOver}, and their outcomes in
 * {@link #handedOver}. A run killed between the two leaves {@code sending}, which must be read
 * as "uncertain" and never resent unasked. An exception thrown by either stops the run; thrown
 * by {@code handingOver}, nothing of that message is sent.
 *
 * <p>Called once per attempt (a retry after a 4xx is a new hand-over), with that attempt's
 * addresses. Never called in a dry run or a to-self run: those record nothing.
 */
public interface DeliveryLog {

    /** Nothing is recorded. */
    DeliveryLog NONE = new DeliveryLog() {
        @Override
        public void handingOver(Outgoing message, String messageId, List<String> addresses) {
        }

        @Override
        public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
        }
    };

    /** Right before the message goes to the server for {@code addresses}. */
    void handingOver(Outgoing message, String messageId, List<String> addresses);

    /**
     * Right before the message goes to the server for {@code addresses}, as {@code sent}: the bytes handed
     * over and the moment they were dated. By default, as {@link #handingOver(Outgoing, String, List)}.
     */
    default void handingOver(Outgoing message, String messageId, List<String> addresses, SentCopy sent) {
        handingOver(message, messageId, addresses);
    }

    /** Right after, with one outcome per address of the attempt ({@link DeliveryStatus#DEFERRED} ones will be retried while attempts remain). */
    void handedOver(Outgoing message, String messageId, List<Delivery> outcomes);
}
