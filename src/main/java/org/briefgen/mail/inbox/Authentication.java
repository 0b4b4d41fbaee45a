package org.briefgen.mail.inbox;

import java.util.Objects;

/**
 * What the organisation's receiving server said of a message's sender, read from the
 * {@code Authentication-Results} header it added: passed (DMARC, or DKIM or SPF aligned with the
 * From domain), failed, or nothing said (no such header, or no result about the From domain). The
 * text names the result and the server: "dmarc=pass by mx.example.org"; empty when nothing was said.
 */
public record Authentication(Outcome outcome, String text) {

    /** The server's verdict on the From domain. */
    public enum Outcome {
        PASS,
        FAIL,
        NONE
    }

    /** No Authentication-Results the organisation's server added, or none about the From domain. */
    public static final Authentication NONE = new Authentication(Outcome.NONE, "");

    public Authentication {
        Objects.requireNonNull(outcome, "outcome");
        text = text == null ? "" : text;
    }

    public boolean failed() {
        return outcome == Outcome.FAIL;
    }
}
