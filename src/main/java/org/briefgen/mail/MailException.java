package org.briefgen.mail;

import org.briefgen.failure.UserError;

/**
 * Mail could not be sent or read as asked: bad settings, a server that cannot be reached or
 * refuses us, an inbox that cannot be read. The message names the fault and never holds a
 * password; {@link #outcome()} says what was (not) done.
 */
public class MailException extends UserError {

    private final String outcome;

    public MailException(String message, String outcome) {
        super(message);
        this.outcome = outcome;
    }

    /** The sentence after the problem: what was (not) done, e.g. "nothing was sent.". */
    @Override
    public String outcome() {
        return outcome;
    }
}
