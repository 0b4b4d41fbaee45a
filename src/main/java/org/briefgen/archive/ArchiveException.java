package org.briefgen.archive;

import org.briefgen.failure.UserError;

/**
 * What was asked of the archive cannot be done as asked (an unknown reference, a letter already
 * superseded, a response dated before its letter); nothing was recorded.
 */
public final class ArchiveException extends UserError {

    public ArchiveException(String message) {
        super(message);
    }

    @Override
    public String outcome() {
        return "nothing was recorded.";
    }
}
