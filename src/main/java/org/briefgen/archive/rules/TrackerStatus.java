package org.briefgen.archive.rules;

/** Where a letter stands on a given day. */
public enum TrackerStatus {
    /** No response yet, and the deadline has not passed. */
    AWAITING("awaiting"),
    /** Responded by the deadline. */
    RESPONDED("responded"),
    /** No response, and the deadline has passed. */
    OVERDUE("overdue"),
    /** The response came after the deadline. */
    NO_RESPONSE_BY_DEADLINE("no response by deadline"),
    /** A correction was issued in its place. */
    SUPERSEDED("superseded"),
    /** Its e-mail was not sent yet, in a campaign briefgen sends (or only deferred by the server): no deadline runs. */
    NOT_SENT("not sent"),
    /** Its e-mail was sent, no response yet, and the deadline has not passed. */
    SENT("sent"),
    /** Its e-mail reached none of its addresses (refused, or a bounce came back): not ignored, not delivered. */
    BOUNCED("bounced"),
    /** A run stopped while handing its e-mail over: it may or may not have left (send --resend REF, once checked). */
    UNCERTAIN("uncertain");

    private final String key;

    TrackerStatus(String key) {
        this.key = key;
    }

    /** The status as exports write it: {@code awaiting}, {@code no response by deadline}, … */
    public String key() {
        return key;
    }

    /** A status of what became of the letter's e-mail: only a campaign whose e-mails briefgen sends has these. */
    public boolean ofDelivery() {
        return this == NOT_SENT || this == SENT || this == BOUNCED || this == UNCERTAIN;
    }
}
