package org.briefgen.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * What every request passes first: the security headers, the session, the login (when the
 * workbench listens beyond this machine) and, for every POST, the CSRF token.
 */
final class Guard {

    /** No script or style but the app's own files, no frames, no other site. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Sessions sessions;
    private final boolean loginRequired;
    private final long maxRequestBytes;

    /** {@code maxRequestBytes}: a larger request body is refused (413) before it is read. */
    Guard(Sessions sessions, boolean loginRequired, long maxRequestBytes) {
        this.sessions = sessions;
        this.loginRequired = loginRequired;
        this.maxRequestBytes = maxRequestBytes;
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * The form's CSRF token. Reading it reads the form, so a body over the size limit (sent without
     * a length, in chunks) is found here: refused as too large, and a form that cannot be read as bad.
     */
    private static String token(Context ctx) {
        try {
            return ctx.formParam("_csrf");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("size") || message.contains("exceed") || message.contains("too large")) {
                    throw tooLarge();
                }
            }
            throw Refused.badRequest("the form could not be read");
        }
    }

    static Refused tooLarge() {
        return new Refused(413, "the request is too large: a response's file may be at most "
                + ResponsePages.MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }

    void before(Context ctx) {
        headers(ctx);
        String path = ctx.path();
        if (path.startsWith("/static/")) {
            return;
        }
        Session session = sessions.of(ctx);
        boolean post = ctx.method() == HandlerType.POST;
        if (post && ctx.req().getContentLengthLong() > maxRequestBytes) {
            throw tooLarge();
        }
        if (post && !Sessions.csrfMatches(session, token(ctx))) {
            throw Refused.forbidden("this form has expired or did not come from the workbench: reload the page and"
                    + " send it again");
        }
        if (loginRequired && session.officer() == null && !path.equals("/login")) {
            if (post) {
                throw Refused.forbidden("sign in first");
            }
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
        }
    }
}
