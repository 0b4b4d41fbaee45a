package org.briefgen.archive;

/**
 * One row of the deliveries table: a {@link DeliveryEvent} as recorded, with its entry number,
 * when it was recorded, its place in the table's hash chain, and who sent it (null for rows
 * recorded before the archive kept it); a {@code sending} row also the moment the message handed over was
 * dated and the SHA-256 of its bytes (null for rows recorded before the archive kept them).
 */
public record DeliveryRow(int entryNo, String reference, String address, DeliveryKind kind, String messageId,
        int attempt, String at, String detail, String recordedAt, String previousSha256, String sha256,
        String officer, String sentAt, String sentSha256) {

    /** A row with no bytes handed over recorded. */
    public DeliveryRow(int entryNo, String reference, String address, DeliveryKind kind, String messageId,
            int attempt, String at, String detail, String recordedAt, String previousSha256, String sha256,
            String officer) {
        this(entryNo, reference, address, kind, messageId, attempt, at, detail, recordedAt, previousSha256, sha256,
                officer, null, null);
    }

    /** A row with no officer, as recorded before the archive kept one. */
    public DeliveryRow(int entryNo, String reference, String address, DeliveryKind kind, String messageId,
            int attempt, String at, String detail, String recordedAt, String previousSha256, String sha256) {
        this(entryNo, reference, address, kind, messageId, attempt, at, detail, recordedAt, previousSha256, sha256,
                null);
    }
}
