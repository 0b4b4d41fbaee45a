package org.briefgen.render;

import org.briefgen.failure.UserError;

/** The house style file is wrong; the message names the file and, where known, the line. */
public final class StyleException extends UserError {

    public StyleException(String message) {
        super(message);
    }

    @Override
    public String outcome() {
        return "nothing was written.";
    }
}
