package org.briefgen.mail.inbox;

/** How a reply was matched to its letter, strongest first. */
public enum MatchedBy {
    /** Its In-Reply-To names the letter's Message-ID. */
    IN_REPLY_TO,
    /** Its References name the letter's Message-ID. */
    REFERENCES,
    /** Its subject holds the letter's reference as a whole word (and no other letter's). */
    SUBJECT;

    /** As the archive and messages write it: {@code in-reply-to}, {@code references}, {@code subject}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
