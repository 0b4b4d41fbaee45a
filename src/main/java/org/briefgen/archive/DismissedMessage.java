package org.briefgen.archive;

/**
 * An inbox message that named no letter, set aside by {@code officer} (the inbox no longer lists it as
 * waiting): its Message-ID, {@code sender} and {@code subject} as shown, why nothing matched it
 * ({@code reason}), an optional {@code comment}, and when. A row of the {@code dismissed_messages} hash
 * chain; a message is set aside once.
 */
public record DismissedMessage(int entryNo, String messageId, String sender, String subject, String reason,
        String officer, String comment, String recordedAt, String previousSha256, String sha256) {

    public DismissedMessage withSha256(String hash) {
        return new DismissedMessage(entryNo, messageId, sender, subject, reason, officer, comment, recordedAt,
                previousSha256, hash);
    }
}
