package org.briefgen.web;

import org.briefgen.failure.UserError;

/** A request the workbench will not serve as asked, with the HTTP status that says why. */
final class Refused extends UserError {

    private final int status;

    Refused(int status, String message) {
        super(message);
        this.status = status;
    }

    static Refused notFound(String what) {
        return new Refused(404, what + " was not found");
    }

    static Refused forbidden(String why) {
        return new Refused(403, why);
    }

    static Refused badRequest(String why) {
        return new Refused(400, why);
    }

    int status() {
        return status;
    }

    @Override
    public String outcome() {
        return "nothing was done.";
    }
}
