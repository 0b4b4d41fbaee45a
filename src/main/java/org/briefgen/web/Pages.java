package org.briefgen.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.briefgen.web.security.Session;
import org.briefgen.web.security.Sessions;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.javalin.http.Context;

/**
 * The workbench's pages: Freemarker templates ({@code .ftlh}) in the jar, with every value
 * HTML-escaped unless a template says otherwise (none does). Each page gets the session's CSRF
 * token and officer, and which navigation item is current.
 */
final class Pages {

    private final Configuration freemarker;
    private final Sessions sessions;
    private final boolean loginRequired;

    Pages(Sessions sessions, boolean loginRequired) {
        this.sessions = sessions;
        this.loginRequired = loginRequired;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(Pages.class, "/org/briefgen/web/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNumberFormat("computer");
    }

    /** Renders {@code template} with {@code model} as the response's HTML. */
    void render(Context ctx, String template, String current, Map<String, ?> model) {
        ctx.contentType("text/html; charset=utf-8").result(html(ctx, template, current, model));
    }

    String html(Context ctx, String template, String current, Map<String, ?> model) {
        Session session = sessions.of(ctx);
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", session.csrf());
        all.put("officer", session.officer() == null ? "" : session.officer());
        all.put("loginRequired", loginRequired);
        all.put("current", current);
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(all, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the page template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
