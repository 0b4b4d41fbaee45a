package org.briefgen.web;

import org.briefgen.web.security.Guard;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors the HTTP server answers itself, before the workbench sees the request (an ambiguous
 * path such as {@code /static/%2e%2e/}): they carry the security headers too.
 */
final class JettyErrors extends ErrorHandler {

    JettyErrors() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("Content-Security-Policy", Guard.CSP);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", Guard.REFERRER_POLICY);
        response.getHeaders().put("X-Frame-Options", "DENY");
        return super.handle(request, response, callback);
    }
}
