package org.briefgen.publish;

/** What a company did, as the publication says it, in the order the chart and the tables list them. */
public enum Outcome {
    /** Responded by the deadline. */
    RESPONDED("responded"),
    /** Responded, but after the deadline. */
    RESPONDED_LATE("late"),
    /** The deadline (of the letter and any follow-up) passed with no response. */
    DID_NOT_RESPOND("silent"),
    /** No response yet, and a deadline still runs. */
    AWAITING("awaiting"),
    /** No response, and no letter is known to have reached the company (bounced, not sent, uncertain). */
    NOT_DELIVERED("undelivered");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The outcome as a page says it: "responded after the deadline", "responded (not for publication)". */
    String text(boolean notForPublication, Labels labels) {
        boolean responded = this == RESPONDED || this == RESPONDED_LATE;
        return labels.get("outcome." + key + (responded && notForPublication ? ".private" : ""));
    }

    /** The outcome as the chart labels its bar: "Responded after the deadline". */
    String chartLabel(Labels labels) {
        return labels.get("chartlabel." + key);
    }

    /** The outcome as a CSS class and a stable word: {@code responded}, {@code late}, {@code silent}… */
    String key() {
        return key;
    }
}
