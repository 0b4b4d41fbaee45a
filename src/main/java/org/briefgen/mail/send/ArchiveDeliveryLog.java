package org.briefgen.mail.send;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.Officer;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.SentCopy;

/**
 * The archive as a {@link DeliveryLog}: {@code sending} rows committed before each hand-over (the
 * archive refuses one for an address already settled, so nothing is handed over twice), the
 * outcomes after.
 */
final class ArchiveDeliveryLog implements DeliveryLog {

    private final Archive archive;
    private final boolean resend;
    private final Officer officer;
    private final Map<String, Integer> attempts = new HashMap<>();

    /**
     * {@code resend}: the letters sent are ones asked for by {@code --resend}, which may be sent over uncertain;
     * {@code officer}: who sends, named on every row.
     */
    ArchiveDeliveryLog(Archive archive, boolean resend, Officer officer) {
        this.archive = archive;
        this.resend = resend;
        this.officer = officer;
    }

    @Override
    public void handingOver(Outgoing message, String messageId, List<String> addresses) {
        handingOver(message, messageId, addresses, null);
    }

    /** The {@code sending} rows carry the moment the message was dated and the SHA-256 of the bytes handed over. */
    @Override
    public void handingOver(Outgoing message, String messageId, List<String> addresses, SentCopy sent) {
        int attempt = attempts.merge(message.reference(), 1, Integer::sum);
        String at = sent == null ? null : DateTimeFormatter.ISO_INSTANT.format(sent.at());
        String sha256 = sent == null ? null : sent.sha256();
        archive.deliver(addresses.stream().map(a -> new DeliveryEvent(message.reference(), a, DeliveryKind.SENDING,
                messageId, attempt, null, null, officer, at, sha256)).toList(), resend);
    }

    @Override
    public void handedOver(Outgoing message, String messageId, List<Delivery> outcomes) {
        archive.deliver(outcomes.stream().filter(d -> d.status() != DeliveryStatus.DRY_RUN)
                .map(d -> new DeliveryEvent(message.reference(), d.address(), kind(d.status()), messageId,
                        d.attempt(), DateTimeFormatter.ISO_INSTANT.format(d.at()), d.reply(), officer))
                .toList(), resend);
    }

    private static DeliveryKind kind(DeliveryStatus status) {
        return switch (status) {
            case SENT -> DeliveryKind.SENT;
            case FAILED -> DeliveryKind.FAILED;
            case DEFERRED -> DeliveryKind.DEFERRED;
            case UNCERTAIN, DRY_RUN -> DeliveryKind.UNCERTAIN;
        };
    }
}
