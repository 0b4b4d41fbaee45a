package org.briefgen.web.security;

import java.util.Set;

import io.javalin.http.Context;

/**
 * What every request passes first: the name it was sent to ({@link Hosts}: a page of another site
 * whose name resolves here is answered 421), the security headers (and HSTS over HTTPS), the
 * session, the login (when the workbench listens beyond this machine) and, for every request that
 * may change something, its origin (the workbench's own pages only) and the CSRF token.
 * {@code maxRequestBytes}: a larger request body is refused (413) before it is read; {@code maxFileBytes}: the
 * largest response's file, named in that refusal.
 */
public record Guard(Sessions sessions, Hosts hosts, boolean loginRequired, boolean secure, long maxRequestBytes,
        long maxFileBytes) {

    /**
     * No script or style but the app's own files, no other site, framed by none; frames only of its own (the
     * e-mail's body, sandboxed: the web package's {@code EmailPages.BODY_CSP}).
     */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /**
     * The page's address goes only to the workbench itself: a browser then sends the form's true
     * {@code Origin} (with "no-referrer" it sends "null", which could not be told from another site's).
     */
    public static final String REFERRER_POLICY = "same-origin";
    /** A year; no subdomains, which may be another organisation's. */
    static final String HSTS = "max-age=31536000";

    /** Methods that only read. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    public static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", REFERRER_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * The form's CSRF token. Reading it reads the form, so a body over the size limit (sent without
     * a length, in chunks) is found here: refused as too large, and a form that cannot be read as bad.
     */
    private String token(Context ctx) {
        try {
            return ctx.formParam("_csrf");
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("size") || message.contains("exceed") || message.contains("too large")) {
                    throw tooLarge();
                }
            }
            throw RefusedException.badRequest("the form could not be read");
        }
    }

    private RefusedException tooLarge() {
        return new RefusedException(413, "the request is too large: a response's file may be at most "
                + maxFileBytes / (1024 * 1024) + " MB");
    }

    public void before(Context ctx) {
        headers(ctx);
        if (!hosts.allows(ctx)) {
            // answered before anything else: no page, no cookie, no token for a page of another site
            ctx.status(421).contentType("text/plain; charset=utf-8").result("421 Misdirected Request: this"
                    + " workbench does not answer to that name. Open it at the address briefgen serve printed, or"
                    + " give the name with serve --host NAME.\n");
            ctx.skipRemainingHandlers();
            return;
        }
        if (secure) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
        String path = ctx.path();
        if (path.startsWith("/static/")) {
            return;
        }
        boolean changes = !SAFE.contains(ctx.req().getMethod());
        if (changes && ctx.req().getContentLengthLong() > maxRequestBytes) {
            throw tooLarge();
        }
        if (changes && !hosts.sameOrigin(ctx)) {
            throw RefusedException
                    .forbidden("this form did not come from the workbench's own pages (its Origin is not the"
                            + " workbench's): nothing was done");
        }
        Session session = sessions.of(ctx);
        if (changes && !Sessions.csrfMatches(session, token(ctx))) {
            throw RefusedException
                    .forbidden("this form has expired or did not come from the workbench: reload the page and"
                            + " send it again");
        }
        if (loginRequired && session.officer() == null && !path.equals("/login")) {
            if (changes) {
                throw RefusedException.forbidden("sign in first");
            }
            ctx.redirect("/login");
            ctx.skipRemainingHandlers();
        }
    }
}
