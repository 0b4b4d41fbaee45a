package org.briefgen.publish;

import org.briefgen.failure.UserError;

/** The publication cannot be made as asked (an unknown campaign, a recorded file missing or changed). */
public final class PublishException extends UserError {

    public PublishException(String message) {
        super(message);
    }

    @Override
    public String outcome() {
        return "nothing was published.";
    }
}
