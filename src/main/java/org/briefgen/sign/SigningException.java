package org.briefgen.sign;

import org.briefgen.failure.UserError;

/**
 * The organisation's key cannot sign: no password, a wrong one, no such alias, a certificate not
 * (or no longer) valid, a time-stamping authority that does not answer. Told before anything is written.
 */
public final class SigningException extends UserError {

    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    @Override
    public String outcome() {
        return "nothing was signed or written.";
    }
}
