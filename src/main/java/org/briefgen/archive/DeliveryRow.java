package org.briefgen.archive;

/**
 * One row of the deliveries table: a {@link DeliveryEvent} as recorded, with its entry number,
 * when it was recorded, and its place in the table's hash chain.
 */
public record DeliveryRow(int entryNo, String reference, String address, DeliveryKind kind, String messageId,
        int attempt, String at, String detail, String recordedAt, String previousSha256, String sha256) {
}
