package org.briefgen.archive;

/**
 * An officer's decision on review list entry {@code reviewEntry}: {@code confirmed} (recorded as
 * response {@code responseEntry}: "this is the company's reply") or {@code dismissed}, by
 * {@code officer}, with an optional {@code comment}. A row of the {@code review_decisions} hash chain;
 * a message is decided once.
 */
public record ReviewDecision(int entryNo, int reviewEntry, String decision, String officer, String comment,
        Integer responseEntry, String recordedAt, String previousSha256, String sha256) {

    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";

    public ReviewDecision withSha256(String hash) {
        return new ReviewDecision(entryNo, reviewEntry, decision, officer, comment, responseEntry, recordedAt,
                previousSha256, hash);
    }
}
