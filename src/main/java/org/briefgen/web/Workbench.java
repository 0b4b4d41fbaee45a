package org.briefgen.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.batch.Campaigns;
import org.briefgen.failure.UserError;
import org.briefgen.mail.Trust;
import org.briefgen.web.security.Access;
import org.briefgen.web.security.Guard;
import org.briefgen.web.security.Hosts;
import org.briefgen.web.security.Https;
import org.briefgen.web.security.RefusedException;
import org.briefgen.web.security.Sessions;
import org.briefgen.web.security.SignInThrottle;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

/**
 * The officers' workbench: a local web server over a campaign folder and its archive, with pages
 * to preview, issue, record responses, track and verify; the same operations as the command line.
 */
public final class Workbench implements AutoCloseable {

    /**
     * Where the campaign, its templates, the letters and the archive are; whether a login is needed
     * (any address but loopback), and else the officer everyone acts as (the system user).
     */
    public record Settings(Path data, Path templates, Path out, ArchiveLocation archive, boolean loginRequired,
            String localOfficer, Mail mail, Access access, Path publishTo) {

        public Settings {
            mail = mail == null ? Mail.none() : mail;
            access = access == null ? Access.defaults() : access;
        }

        /** With no folder to publish into ({@code serve --publish-to}): the Publish page only previews. */
        public Settings(Path data, Path templates, Path out, ArchiveLocation archive, boolean loginRequired,
                String localOfficer, Mail mail, Access access) {
            this(data, templates, out, archive, loginRequired, localOfficer, mail, access, null);
        }

        /** These settings, publishing into {@code folder}. */
        public Settings publishingTo(Path folder) {
            return new Settings(data, templates, out, archive, loginRequired, localOfficer, mail, access, folder);
        }

        /** Plain HTTP, answering to this machine's names only, sessions of {@link Access#defaults()}. */
        public Settings(Path data, Path templates, Path out, ArchiveLocation archive, boolean loginRequired,
                String localOfficer, Mail mail) {
            this(data, templates, out, archive, loginRequired, localOfficer, mail, Access.defaults());
        }

        /** Without sending or inbox settings of its own: the smtp: block of organisation.yaml, no inbox. */
        public Settings(Path data, Path templates, Path out, ArchiveLocation archive, boolean loginRequired,
                String localOfficer) {
            this(data, templates, out, archive, loginRequired, localOfficer, Mail.none(), Access.defaults());
        }
    }

    /**
     * Mail: an SMTP URL that overrides organisation.yaml's {@code smtp:} block (null: the block); the
     * inbox, a folder of .eml files or an mbox ({@code inbox}) or an IMAP URL ({@code imap}), null for
     * none; the environment the passwords are read from (BRIEFGEN_SMTP_PASSWORD,
     * BRIEFGEN_IMAP_PASSWORD, BRIEFGEN_TRUST_PASSWORD), read when they are needed and never kept; the
     * organisation's certificate authority for each server ({@code serve --smtp-trust},
     * {@code --imap-trust}; null: the {@code trust:} of the {@code smtp:} or {@code imap:} block); and the
     * authserv-ids of the organisation's receiving servers, whose Authentication-Results alone count
     * (empty: the topmost).
     */
    public record Mail(String smtp, Path inbox, String imap, Function<String, String> environment, Path smtpTrust,
            Path imapTrust, List<String> authservIds) {

        public Mail {
            environment = environment == null ? System::getenv : environment;
            authservIds = authservIds == null ? List.of() : List.copyOf(authservIds);
        }

        /**
         * No trust file given (the blocks' {@code trust:}, else the Java runtime's authorities only), and only
         * the topmost Authentication-Results header counts.
         */
        public Mail(String smtp, Path inbox, String imap, Function<String, String> environment) {
            this(smtp, inbox, imap, environment, null, null, List.of());
        }

        /** Only the topmost Authentication-Results header counts. */
        public Mail(String smtp, Path inbox, String imap, Function<String, String> environment, Path smtpTrust,
                Path imapTrust) {
            this(smtp, inbox, imap, environment, smtpTrust, imapTrust, List.of());
        }

        /** No trust file given. */
        public Mail(String smtp, Path inbox, String imap, Function<String, String> environment,
                List<String> authservIds) {
            this(smtp, inbox, imap, environment, null, null, authservIds);
        }

        /** The Java runtime's certificate authorities, and those in {@code file} when one is given. */
        Trust trust(Path file) {
            return file == null ? Trust.jvm() : Trust.load(file, environment.apply(Trust.PASSWORD_VARIABLE));
        }

        /** No SMTP URL, no inbox, the process's environment. */
        public static Mail none() {
            return new Mail(null, null, null, System::getenv);
        }
    }

    /** Marks a request whose error page is already made (a 404 of ours keeps its own words). */
    private static final String ERROR_SHOWN = "briefgen.error-shown";

    /** What a running workbench holds: its server, what its pages share, and the thread warming it up. */
    private record Running(Javalin server, Services services, Thread warmUp) {
    }

    private final Running running;

    private Workbench(Running running) {
        this.running = running;
    }

    /** The thread warming the server up as it starts ({@link WarmUp}): for tests that wait for it. */
    Thread warmUp() {
        return running.warmUp();
    }

    /**
     * Starts serving on {@code host}:{@code port} (0: any free port), over HTTPS when the settings'
     * {@link Access} has a keystore's context; returns once it listens.
     */
    public static Workbench start(Settings settings, String host, int port) {
        return start(settings, Campaigns.installed(), host, port);
    }

    /** As {@link #start(Settings, String, int)}, opening the campaign through {@code campaigns} (the command line's). */
    public static Workbench start(Settings settings, Campaigns campaigns, String host, int port) {
        Path uploads;
        try {
            uploads = Files.createTempDirectory("briefgen-workbench-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workbench's folder for uploads: " + e.getMessage(), e);
        }
        Access access = settings.access();
        Sessions sessions = new Sessions(settings.loginRequired() ? null : settings.localOfficer(), access);
        Hosts hosts = new Hosts(host, access.hosts(), access);
        CampaignSource source = new CampaignSource(campaigns, settings.data(), settings.templates());
        Services services = new Services(settings, new Pages(sessions, settings.loginRequired()), sessions, source,
                new LetterPreview(), new IssueJobs(source, settings.archive()), new SendJobs(settings.archive()),
                uploads, hosts, new SignInThrottle(access.clock()), new FollowUpJobs(source, settings.archive()),
                new SettingsPages.SmtpLogin());
        Guard guard = new Guard(sessions, hosts, settings.loginRequired(), access.secure(),
                ResponsePages.MAX_FILE_BYTES + 64 * 1024, ResponsePages.MAX_FILE_BYTES);
        ArchivePages archive = new ArchivePages(services);
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = ResponsePages.MAX_FILE_BYTES + 64 * 1024;
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(ResponsePages.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(ResponsePages.MAX_FILE_BYTES + 64 * 1024,
                    SizeUnit.BYTES);
            config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JettyErrors()));
            if (access.tls() != null) {
                config.jetty.addConnector((jetty, http) -> Https.connector(jetty, http, access.tls(), host, port));
            }
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/briefgen/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Content-Security-Policy", Guard.CSP, "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", Guard.REFERRER_POLICY);
            });
            config.routes.before(guard::before);
            new CampaignPages(services).register(config.routes);
            new EmailPages(services).register(config.routes);
            new IssuePages(services).register(config.routes);
            archive.register(config.routes);
            new ResponsePages(services, archive).register(config.routes);
            new TrackerPages(services).register(config.routes);
            new LoginPages(services).register(config.routes);
            new SendPages(services).register(config.routes);
            new InboxPages(services).register(config.routes);
            new ReviewPages(services).register(config.routes);
            new ApprovePages(services).register(config.routes);
            new FollowUpPages(services).register(config.routes);
            new PublishPages(services).register(config.routes);
            new CorrectionPages(services).register(config.routes);
            new SettingsPages(services).register(config.routes);
            config.routes.exception(RefusedException.class, (e, ctx) -> error(services, ctx, e.status(), e.messages()));
            config.routes.exception(UserError.class, (e, ctx) -> error(services, ctx, 400, e.messages()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // a fault of briefgen's own: its details go to the server's log, not to the page
                System.err.println("internal error at " + ctx.path() + ": " + e);
                error(services, ctx, 500, List.of("internal error: briefgen could not make this page (the"
                        + " server's output says why)"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_SHOWN) == null) {
                    error(services, ctx, 404, List.of("there is no page at this address"));
                }
            });
        });
        server.start(host, port);
        // the first preview is made now, in the background, not when an officer first asks for it
        // (and asks itself for it over HTTP when it serves this machine alone, in clear and without a login)
        boolean self = access.tls() == null && !settings.loginRequired();
        return new Workbench(new Running(server, services, WarmUp.start(services, self ? host : null, server
                .port())));
    }

    private static void error(Services services, Context ctx, int status, List<String> messages) {
        ctx.attribute(ERROR_SHOWN, Boolean.TRUE);
        Guard.headers(ctx);
        ctx.status(status);
        services.pages().render(ctx, "error.ftlh", "", Map.of("status", status, "messages", messages));
    }

    /** The port it listens on. */
    public int port() {
        return running.server().port();
    }

    /** Every route registered, as "METHOD /path/{param}": for tests that try each one. */
    List<String> routes() {
        return running.server().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    @Override
    public void close() {
        running.server().stop();
        Services services = running.services();
        services.jobs().stop();
        services.sends().stop();
        services.followUps().stop();
        try (Stream<Path> walk = Files.walk(services.uploads())) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the system's temporary folder is cleaned in time
        }
    }
}
