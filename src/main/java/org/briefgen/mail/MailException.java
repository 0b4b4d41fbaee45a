package org.briefgen.mail;

/**
 * Mail could not be sent or read as asked: bad settings, a server that cannot be reached or
 * refuses us, an inbox that cannot be read. The message names the fault and never holds a
 * password; {@link #outcome()} says what was (not) done.
 */
// phase 2: extends UserError (org.briefgen.failure), which takes the message alone and asks for outcome()
public class MailException extends RuntimeException {

    private final String outcome;

    public MailException(String message, String outcome) {
        super(message);
        this.outcome = outcome;
    }

    /** The sentence after the problem: what was (not) done, e.g. "nothing was sent.". */
    public String outcome() {
        return outcome;
    }
}
