package org.briefgen.archive.rules;

import java.util.Locale;

/** Where a letter stands on a given day. */
public enum TrackerStatus {
    /** No response yet, and the deadline has not passed. */
    AWAITING,
    /** Responded by the deadline. */
    RESPONDED,
    /** No response, and the deadline has passed. */
    OVERDUE,
    /** The response came after the deadline. */
    NO_RESPONSE_BY_DEADLINE,
    /** A correction was issued in its place. */
    SUPERSEDED,
    /** Its e-mail was not sent yet, in a campaign briefgen sends (or only deferred by the server): no deadline runs. */
    NOT_SENT,
    /** Its e-mail was sent, no response yet, and the deadline has not passed. */
    SENT,
    /** Its e-mail reached none of its addresses (refused, or a bounce came back): not ignored, not delivered. */
    BOUNCED,
    /** A run stopped while handing its e-mail over: it may or may not have left (send --resend REF, once checked). */
    UNCERTAIN;

    /** The status as exports write it, its name in words: {@code awaiting}, {@code no response by deadline}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A status of what became of the letter's e-mail: only a campaign whose e-mails briefgen sends has these. */
    public boolean ofDelivery() {
        return this == NOT_SENT || this == SENT || this == BOUNCED || this == UNCERTAIN;
    }
}
