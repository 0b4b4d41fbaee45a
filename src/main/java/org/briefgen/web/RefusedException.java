package org.briefgen.web;

import org.briefgen.failure.UserError;

/** A request the workbench will not serve as asked, with the HTTP status that says why. */
final class RefusedException extends UserError {

    private final int status;

    RefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    static RefusedException notFound(String what) {
        return new RefusedException(404, what + " was not found");
    }

    static RefusedException forbidden(String why) {
        return new RefusedException(403, why);
    }

    static RefusedException badRequest(String why) {
        return new RefusedException(400, why);
    }

    int status() {
        return status;
    }

    @Override
    public String outcome() {
        return "nothing was done.";
    }
}
