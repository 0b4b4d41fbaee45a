package org.briefgen.archive;

/**
 * One incoming message recorded against letter {@code reference}, once by its Message-ID:
 * {@code kind} is {@code reply} (recorded as response {@code responseEntry}) or {@code bounce}
 * (recorded as deliveries, {@code responseEntry} null); {@code file} is the raw message kept.
 */
public record InboxRecord(int entryNo, String messageId, String reference, String kind, Integer responseEntry,
        RecordedFile file, String recordedAt, String previousSha256, String sha256) {
}
