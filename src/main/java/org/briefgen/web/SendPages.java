package org.briefgen.web;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.SmtpConfig;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.failure.UserError;
import org.briefgen.mail.Password;
import org.briefgen.mail.Security;
import org.briefgen.mail.send.Dispatch;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.SmtpSettings;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Sending the issued letters' e-mails: the dry run's list (it connects and logs in, and sends
 * nothing), a confirmation, then the run's progress; the same operation as {@code send}. The
 * server is organisation.yaml's {@code smtp:} block or {@code serve --smtp}, its user corrected on the
 * Settings page if an admin did ({@link SettingsPages}); the password BRIEFGEN_SMTP_PASSWORD of the workbench's
 * own environment, or the one given there with the user, never this page's.
 */
record SendPages(Services services) {

    static final String PASSWORD_VARIABLE = "BRIEFGEN_SMTP_PASSWORD";

    /** The server to send through, and how many messages a minute. */
    record Server(SmtpSettings settings, int rate) {
    }

    void register(RoutesConfig routes) {
        routes.get("/send", this::dryRun);
        routes.post("/send", this::start);
        routes.get("/send/{job}", ctx -> services.pages().render(ctx, "send-progress.ftlh", "send", model(ctx)));
        routes.get("/send/{job}/progress", ctx -> services.pages().render(ctx, "send-progress-fragment.ftlh", "send",
                model(ctx)));
    }

    /** The settings, read again for each page so that an edit of organisation.yaml is followed; empty when none. */
    Optional<Server> server() {
        Workbench.Mail mail = services.settings().mail();
        SettingsPages.SmtpLogin login = services.smtpLogin();
        if (mail.smtp() != null) {
            return Optional.of(new Server(login.applied(SmtpSettings.parse(mail.smtp()).withTrust(mail.trust(mail
                    .smtpTrust()))), 30));
        }
        return CampaignLoader.smtp(services.settings().data()).map(c -> new Server(login.applied(settings(c, mail)),
                c.rate() == null ? 30 : c.rate()));
    }

    private static SmtpSettings settings(SmtpConfig c, Workbench.Mail mail) {
        return SmtpSettings.of(c.host(), c.port(), Security.of(c.security()), c.username())
                .withTrust(mail.trust(mail.smtpTrust() != null ? mail.smtpTrust() : c.trust()));
    }

    Password password(SmtpSettings settings) {
        if (settings.username() == null) {
            return Password.none();
        }
        return services.smtpLogin().password().orElseGet(() -> Password.of(services.settings().mail().environment()
                .apply(PASSWORD_VARIABLE)));
    }

    private void dryRun(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisationYaml", services.settings().data().resolve("organisation.yaml").toString());
        model.put("variable", PASSWORD_VARIABLE);
        List<String> errors = new java.util.ArrayList<>();
        try {
            Optional<Server> server = server();
            if (server.isEmpty()) {
                model.put("state", "not-configured");
            } else {
                SmtpSettings settings = server.get().settings();
                model.put("server", settings.url());
                Password password = password(settings);
                if (settings.username() != null && password.isEmpty()) {
                    model.put("state", "no-password");
                    model.put("username", settings.username());
                } else {
                    model.put("state", "listed");
                    list(settings, password, model);
                }
            }
        } catch (UserError e) {
            model.put("state", "refused");
            errors.addAll(e.messages());
        }
        model.put("errors", errors);
        model.putIfAbsent("dates", Map.of());
        services.pages().render(ctx, "send.ftlh", "send", model);
    }

    private void list(SmtpSettings settings, Password password, Map<String, Object> model) {
        Optional<Archive> opened = Archives.openReadOnly(services.archive());
        if (opened.isEmpty()) {
            model.put("state", "nothing-issued");
            return;
        }
        Dispatch.Report report;
        try (Archive archive = opened.get()) {
            report = new Dispatch(archive, new Dispatch.Request(null, 0, Set.of())).send(settings, password,
                    SendOptions.defaults().withDryRun(true), UnaryOperator.identity());
        }
        model.put("letters", report.items().stream().filter(i -> i.problem() == null).map(i -> Map.of("reference", i
                .reference(), "company", i.company(), "addresses", i.addresses(), "size", i.summary().size(),
                "attachments", i.summary().attachments())).toList());
        model.put("problems", report.items().stream().filter(i -> i.problem() != null).map(i -> Map.of("reference", i
                .reference(), "company", i.company(), "problem", i.problem())).toList());
        model.put("alreadySent", report.alreadySent());
        model.put("responded", report.responded().stream().map(r -> Map.of("reference", r.reference(), "company", r
                .company())).toList());
        model.put("dates", DatesConfirmation.model(datesOf(archive(), report.items().stream().filter(i -> i
                .problem() == null).map(Dispatch.Item::reference).collect(java.util.stream.Collectors.toSet())), true));
    }

    /** The dates to confirm before sending the letters {@code references} today, if any. */
    private Optional<org.briefgen.merge.DateCheck> datesOf(List<org.briefgen.archive.IssuedLetter> letters,
            Set<String> references) {
        return DatesConfirmation.ofLetters(letters.stream().filter(l -> references.contains(l.reference())).toList(),
                java.time.LocalDate.now());
    }

    /** Which of {@code only} would be sent now (as the page listed them: what was sent meanwhile is not). */
    private Set<String> planned(Set<String> only) {
        Optional<Archive> opened = Archives.openReadOnly(services.archive());
        if (opened.isEmpty()) {
            return Set.of();
        }
        List<Dispatch.Planned> planned = new java.util.ArrayList<>();
        try (Archive archive = opened.get()) {
            new Dispatch(archive, new Dispatch.Request(null, 0, Set.of(), only)).plan(planned);
        }
        return planned.stream().map(p -> p.email().reference()).collect(java.util.stream.Collectors.toSet());
    }

    private List<org.briefgen.archive.IssuedLetter> archive() {
        return ArchiveView.read(services.archive()).letters();
    }

    private void start(Context ctx) {
        Set<String> only = new LinkedHashSet<>();
        for (String reference : ctx.formParams("letter")) {
            only.add(Names.checked(reference, "letter '" + reference + "'"));
        }
        if (only.isEmpty()) {
            throw RefusedException.badRequest("no letter was confirmed: open the Send page to see what would be sent");
        }
        DatesConfirmation.require(ctx, datesOf(archive(), planned(only)), true, "sent");
        Server server = server()
                .orElseThrow(() -> RefusedException.badRequest("no SMTP server is set up: see the Send page"));
        Password password = password(server.settings());
        SendJobs.Job job = services.sends().start(only, server.settings(), password, server.rate(), services
                .sessions().of(ctx).officer());
        ctx.redirect("/send/" + job.id, HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> model(Context ctx) {
        String id = Names.checked(ctx.pathParam("job"), "that sending run");
        SendJobs.Job job = services.sends().job(id).orElseThrow(() -> RefusedException.notFound("that sending run"));
        List<SendJobs.Line> lines = job.lines();
        long sent = lines.stream().filter(l -> l.problem() == null && l.outcomes().stream().allMatch(o -> o.status()
                .equals("sent"))).count();
        Map<String, Object> values = new HashMap<>();
        values.put("id", job.id);
        values.put("state", job.state);
        values.put("total", job.total);
        values.put("done", lines.size());
        values.put("sent", sent);
        values.put("notSent", lines.size() - sent);
        values.put("alreadySent", job.alreadySent);
        values.put("stopped", job.stopped == null ? "" : job.stopped);
        values.put("finished", job.finished());
        values.put("errors", job.errors);
        // the page reads maps: Freemarker sees no accessor of a class that is not public
        return Map.of("job", values, "lines", lines.stream().map(l -> {
            Map<String, Object> line = new HashMap<>();
            line.put("reference", l.reference());
            line.put("company", l.company());
            line.put("problem", l.problem() == null ? "" : l.problem());
            line.put("outcomes", l.outcomes().stream().map(o -> Map.of("address", o.address(), "status", o.status(),
                    "reply", o.reply())).toList());
            return line;
        }).toList());
    }
}
