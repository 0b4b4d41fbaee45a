package org.briefgen.web.security;

import org.briefgen.failure.UserError;

/** A request the workbench will not serve as asked, with the HTTP status that says why. */
public final class RefusedException extends UserError {

    private final int status;

    public RefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static RefusedException notFound(String what) {
        return new RefusedException(404, what + " was not found");
    }

    public static RefusedException forbidden(String why) {
        return new RefusedException(403, why);
    }

    public static RefusedException badRequest(String why) {
        return new RefusedException(400, why);
    }

    public int status() {
        return status;
    }

    @Override
    public String outcome() {
        return "nothing was done.";
    }
}
