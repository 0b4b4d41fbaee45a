package org.briefgen.archive;

/**
 * One incoming message recorded against letter {@code reference}, once by its Message-ID:
 * {@code kind} is {@code reply} (recorded as response {@code responseEntry}) or {@code bounce}
 * (recorded as deliveries, {@code responseEntry} null); {@code file} is the raw message kept. Kept
 * beside (null in rows recorded before they were): when the organisation received it
 * ({@code receivedAt}), the sender's own Date: ({@code senderDate}), the {@code sender} as shown, and
 * what the organisation's server said of the sender ({@code authentication}).
 */
public record InboxRecord(int entryNo, String messageId, String reference, String kind, Integer responseEntry,
        RecordedFile file, String recordedAt, String previousSha256, String sha256, String receivedAt,
        String senderDate, String sender, String authentication) {

    /** A row without what is kept beside. */
    public InboxRecord(int entryNo, String messageId, String reference, String kind, Integer responseEntry,
            RecordedFile file, String recordedAt, String previousSha256, String sha256) {
        this(entryNo, messageId, reference, kind, responseEntry, file, recordedAt, previousSha256, sha256, null, null,
                null, null);
    }

    public InboxRecord withSha256(String hash) {
        return new InboxRecord(entryNo, messageId, reference, kind, responseEntry, file, recordedAt, previousSha256,
                hash, receivedAt, senderDate, sender, authentication);
    }
}
