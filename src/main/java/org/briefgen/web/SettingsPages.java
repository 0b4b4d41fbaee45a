package org.briefgen.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.briefgen.failure.UserError;
import org.briefgen.mail.Password;
import org.briefgen.mail.send.SmtpSettings;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The settings in force: the SMTP server, the inbox, the publication folder and the officer's zone, each with
 * where it is changed; never a password (only whether one is given, and where from). A wrong SMTP user (and
 * its password) is corrected here for the running server, without a restart: held in its memory until it
 * stops, never written anywhere, by an admin (or, on this machine without a login, the officer who started
 * it), by a guarded POST like every other.
 */
record SettingsPages(Services services) {

    /** The SMTP login given on the Settings page, which replaces the configured user until the server stops. */
    static final class SmtpLogin {

        private record Login(String username, Password password, String by) {
        }

        private final AtomicReference<Login> login = new AtomicReference<>();

        /** {@code settings} with the user given here, if one was. */
        SmtpSettings applied(SmtpSettings settings) {
            Login l = login.get();
            return l == null ? settings : new SmtpSettings(settings.host(), settings.port(), settings.security(),
                    l.username(), settings.trust());
        }

        /** The password given here, if one was given with the user. */
        Optional<Password> password() {
            Login l = login.get();
            return l == null || l.password().isEmpty() ? Optional.empty() : Optional.of(l.password());
        }

        /** Who gave the login here, or empty when the configured one is in force. */
        String by() {
            Login l = login.get();
            return l == null ? "" : l.by();
        }

        void set(String username, Password password, String by) {
            login.set(new Login(username, password, by));
        }

        void clear() {
            login.set(null);
        }
    }

    void register(RoutesConfig routes) {
        routes.get("/settings", ctx -> show(ctx, List.of()));
        routes.post("/settings/smtp", this::changeSmtp);
        routes.post("/settings/smtp/forget", ctx -> {
            mayChange(ctx);
            services.smtpLogin().clear();
            ctx.redirect("/settings?changed=forgotten#smtp-title", HttpStatus.SEE_OTHER);
        });
    }

    /** Refuses (403) an officer who may not change the server's settings: the check is here, whatever the page showed. */
    private String mayChange(Context ctx) {
        String officer = services.sessions().of(ctx).officer();
        if (services.settings().loginRequired() && !Roles.of(services, officer).mayManageAccounts()) {
            throw RefusedException.forbidden(officer + " is an " + Roles.of(services, officer).key() + ": only an admin"
                    + " changes the workbench's settings; nothing was changed");
        }
        return officer;
    }

    private void changeSmtp(Context ctx) {
        String officer = mayChange(ctx);
        String user = ctx.formParam("username");
        String password = ctx.formParam("password");
        String username = user == null ? "" : user.strip();
        if (username.isEmpty() || username.length() > 320 || !username.matches("[\\x21-\\x7e]+")) {
            ctx.status(400);
            show(ctx, List.of("the SMTP user is a name or an address without spaces (as the mail server knows it):"
                    + " nothing was changed"));
            return;
        }
        if (password != null && password.length() > 1024) {
            throw RefusedException.badRequest("that password is longer than any server takes: nothing was changed");
        }
        services.smtpLogin().set(username, password == null || password.isEmpty() ? Password.none() : Password.of(
                password), officer);
        ctx.redirect("/settings?changed=smtp#smtp-title", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, List<String> errors) {
        Workbench.Settings settings = services.settings();
        Workbench.Mail mail = settings.mail();
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        String changed = ctx.queryParam("changed");
        model.put("changed", changed != null && changed.matches("smtp|forgotten") ? changed : "");
        model.put("smtp", smtp(mail));
        model.put("inbox", InboxPages.where(mail));
        model.put("imapPassword", mail.imap() == null ? "" : present(mail, InboxPages.PASSWORD_VARIABLE));
        model.put("authservIds", String.join(", ", mail.authservIds()));
        // the folder the Publish page writes into, as it finds it: serve --publish-to, else campaign.yaml's
        List<String> refused = new ArrayList<>();
        Path publishTo = PublishPages.target(services, refused);
        model.put("publishTo", publishTo == null ? "" : publishTo.toString());
        model.put("publishFrom", PublishPages.from(services));
        model.put("publishRefused", refused);
        model.put("zone", Words.officers().zone().getId());
        model.put("archive", settings.archive().describe());
        model.put("data", settings.data().toAbsolutePath().toString());
        model.put("mayChange", !settings.loginRequired() || Roles.of(services, services.sessions().of(ctx).officer())
                .mayManageAccounts());
        services.pages().render(ctx, "settings.ftlh", "settings", model);
    }

    /** The SMTP server in force, as the page shows it: never its password, only where one comes from. */
    private Map<String, String> smtp(Workbench.Mail mail) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("from", mail.smtp() != null ? "serve --smtp" : "organisation.yaml");
        m.put("organisationYaml", services.settings().data().resolve("organisation.yaml").toString());
        m.put("variable", SendPages.PASSWORD_VARIABLE);
        SendPages sending = new SendPages(services);
        try {
            Optional<SendPages.Server> server = sending.server();
            if (server.isEmpty()) {
                m.put("state", "none");
                return m;
            }
            SmtpSettings s = server.get().settings();
            m.put("state", "set");
            m.put("url", s.url());
            m.put("host", s.host());
            m.put("port", Integer.toString(s.port()));
            m.put("security", s.security().name().toLowerCase(java.util.Locale.ROOT));
            m.put("username", s.username() == null ? "" : s.username());
            m.put("rate", Integer.toString(server.get().rate()));
            m.put("changedBy", services.smtpLogin().by());
            m.put("password", services.smtpLogin().password().isPresent() ? "given on this page, for this run"
                    : present(mail, SendPages.PASSWORD_VARIABLE));
        } catch (UserError e) {
            m.put("state", "broken");
            m.put("problem", String.join("; ", e.messages()));
        }
        return m;
    }

    private static String present(Workbench.Mail mail, String variable) {
        String value = mail.environment().apply(variable);
        return value == null || value.isEmpty() ? "none: " + variable + " is not set" : "set, from " + variable;
    }
}
