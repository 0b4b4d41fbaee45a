package org.briefgen.archive;

/**
 * A message held in the review list: it names letter {@code reference} ({@code matchedBy}
 * {@code in-reply-to}, {@code references} or {@code subject}) but is not surely its company's reply,
 * for {@code reason}. Kept with its {@code sender} and {@code subject} as shown, when the organisation
 * received it ({@code receivedAt}, null when unknown), the sender's own Date: ({@code senderDate}), what
 * the organisation's server said of the sender ({@code authentication}, or null), its raw bytes
 * ({@code file}), and the officer who read the inbox. A row of the {@code review_messages} hash chain.
 */
public record ReviewMessage(int entryNo, String messageId, String reference, String matchedBy, String sender,
        String subject, String reason, String receivedAt, String senderDate, String authentication,
        RecordedFile file, String officer, String recordedAt, String previousSha256, String sha256) {

    public ReviewMessage withSha256(String hash) {
        return new ReviewMessage(entryNo, messageId, reference, matchedBy, sender, subject, reason, receivedAt,
                senderDate, authentication, file, officer, recordedAt, previousSha256, hash);
    }
}
