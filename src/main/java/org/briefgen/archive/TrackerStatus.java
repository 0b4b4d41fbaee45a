package org.briefgen.archive;

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
    SUPERSEDED("superseded");

    private final String key;

    TrackerStatus(String key) {
        this.key = key;
    }

    /** The status as exports write it: {@code awaiting}, {@code no response by deadline}, … */
    public String key() {
        return key;
    }
}
