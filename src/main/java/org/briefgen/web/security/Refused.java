package org.briefgen.web.security;

import org.briefgen.failure.UserError;

/** A request the workbench will not serve as asked, with the HTTP status that says why. */
public final class Refused extends UserError {

    private final int status;

    public Refused(int status, String message) {
        super(message);
        this.status = status;
    }

    public static Refused notFound(String what) {
        return new Refused(404, what + " was not found");
    }

    public static Refused forbidden(String why) {
        return new Refused(403, why);
    }

    public static Refused badRequest(String why) {
        return new Refused(400, why);
    }

    public int status() {
        return status;
    }

    @Override
    public String outcome() {
        return "nothing was done.";
    }
}
