package org.briefgen.cli;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.cli.mail.MailPasswords;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;
import org.briefgen.mail.inbox.ImapSettings;
import org.briefgen.mail.send.SmtpSettings;
import org.briefgen.web.Workbench;
import org.briefgen.web.security.Access;
import org.briefgen.web.security.TlsKeystore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Serves the officers' workbench: the campaign, its letters and the archive in a web browser. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the officers' workbench: preview, issue, record responses, track and verify, in a web browser.",
        "It listens on 127.0.0.1 (this machine only) unless --bind says otherwise; any other address needs user"
                + " accounts (briefgen user add NAME), a login, and HTTPS: --tls-keystore FILE, or --behind-proxy.",
        "It answers only to the names of the address it listens on (on loopback: localhost, 127.0.0.1, [::1]) and"
                + " to those given with --host."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CampaignOptions campaign;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Where letters are written (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path out;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--smtp", paramLabel = "URL", description = "The server the Send page sends through:"
            + " smtp://user@host:port or smtps://…; default: smtp: in DATA/organisation.yaml. The password comes"
            + " only from BRIEFGEN_SMTP_PASSWORD.")
    String smtp;

    @Option(names = "--inbox", paramLabel = "PATH", description = "Where Read the inbox reads replies and bounces:"
            + " a folder of .eml files or an mbox file.")
    java.nio.file.Path inbox;

    @Option(names = "--imap", paramLabel = "URL", description = "Read the inbox from imaps://user@host/INBOX"
            + " instead (password from BRIEFGEN_IMAP_PASSWORD).")
    String imap;

    @Option(names = "--host", paramLabel = "NAME", description = "Another name officers reach it by (NAME, or"
            + " NAME:PORT), e.g. the proxy's; repeatable. A request naming any other host is refused.")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with this PKCS#12 keystore's"
            + " key and certificate; its password only from " + TlsKeystore.PASSWORD_VARIABLE + ".")
    java.nio.file.Path tlsKeystore;

    @Option(names = "--behind-proxy", description = "A proxy on this machine serves HTTPS and forwards here:"
            + " cookies are Secure, HSTS is sent, officers sign in, and its X-Forwarded-For, -Host and -Proto are"
            + " believed from loopback connections only.")
    boolean behindProxy;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30m", description = "A session ends"
            + " after this long without a request: 90s, 30m, 2h (default: ${DEFAULT-VALUE}).")
    String idleTimeout;

    @Option(names = "--session-lifetime", paramLabel = "DURATION", defaultValue = "12h", description = "A session"
            + " ends this long after signing in, however busy (default: ${DEFAULT-VALUE}).")
    String sessionLifetime;

    @Option(names = "--smtp-trust", paramLabel = "FILE", description = "The organisation's certificate authority"
            + " (PEM, or PKCS#12 with its password in BRIEFGEN_TRUST_PASSWORD) for the SMTP server, besides the Java"
            + " runtime's; default: trust: in the smtp: block.")
    java.nio.file.Path smtpTrust;

    @Option(names = "--imap-trust", paramLabel = "FILE", description = "The same for the IMAP server of --imap;"
            + " default: trust: in the imap: block.")
    java.nio.file.Path imapTrust;

    @Option(names = "--publish-to", paramLabel = "DIR", description = "The folder the Publish page publishes into"
            + " (new, empty, or an earlier publication, which is replaced); without it the page only previews.")
    java.nio.file.Path publishTo;

    @Option(names = "--authserv-id", paramLabel = "ID", description = "The authserv-id your receiving server writes in"
            + " its Authentication-Results headers; only such a header counts (default: the topmost). Repeatable.")
    java.util.List<String> authservIds = java.util.List.of();

    @Spec
    CommandSpec spec;

    /** Where the keystore's password is read from: the process's environment (tests put their own). */
    static Function<String, String> environment = System::getenv;

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})([smh])");

    /** The workbench may not start as asked: what is missing is named, every problem at once. */
    static final class NotStartedException extends UserError {
        private final List<String> messages;

        NotStartedException(List<String> messages) {
            super(String.join("; ", messages));
            this.messages = List.copyOf(messages);
        }

        @Override
        public List<String> messages() {
            return messages;
        }

        @Override
        public String outcome() {
            return "the workbench was not started.";
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind " + bind + " is not an address of this machine");
        }
        if (inbox != null && imap != null) {
            throw new ParameterException(spec.commandLine(), "give --inbox or --imap, not both");
        }
        // a wrong URL is named now, not on the first page that needs it
        if (smtp != null) {
            SmtpSettings.parse(smtp);
        }
        if (imap != null) {
            ImapSettings.parse(imap);
        }
        Duration idle = duration("--idle-timeout", idleTimeout);
        Duration lifetime = duration("--session-lifetime", sessionLifetime);
        if (imapTrust != null && imap == null) {
            throw new ParameterException(spec.commandLine(), "--imap-trust goes with --imap");
        }
        // a trust file that cannot be read is named now too
        MailPasswords.trust(smtpTrust);
        MailPasswords.trust(imapTrust);
        ArchiveLocation location = archive.location(out);
        // behind a proxy the world may reach it, whatever address it listens on
        boolean loginRequired = !loopback || behindProxy;
        List<String> problems = new ArrayList<>();
        if (loginRequired && officers(location).isEmpty()) {
            problems.add((loopback ? "--behind-proxy" : "--bind " + bind) + " needs user accounts: briefgen user add"
                    + " NAME (with the same --out or --archive), then serve again; on 127.0.0.1 no account is needed");
        }
        if (!loopback && tlsKeystore == null && !behindProxy) {
            problems.add("--bind " + bind + " would send passwords and pages over the network in clear: give"
                    + " --tls-keystore FILE (its password in " + TlsKeystore.PASSWORD_VARIABLE + ") to serve HTTPS,"
                    + " or --behind-proxy when a proxy on this machine serves HTTPS and forwards here");
        }
        String keystorePassword = tlsKeystore == null ? null : environment.apply(TlsKeystore.PASSWORD_VARIABLE);
        if (tlsKeystore != null && keystorePassword == null) {
            problems.add("--tls-keystore " + tlsKeystore + " needs its password in " + TlsKeystore.PASSWORD_VARIABLE
                    + " (never on the command line)");
        }
        if (!problems.isEmpty()) {
            throw new NotStartedException(problems);
        }
        SSLContext tls = tlsKeystore == null ? null : TlsKeystore.load(tlsKeystore, keystorePassword.toCharArray());
        Access access;
        try {
            access = new Access(hosts, idle, lifetime, tls, behindProxy, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--host: " + e.getMessage());
        }
        // the preview draws page images: no display is needed or wanted
        System.setProperty("java.awt.headless", "true");
        Workbench workbench = Workbench.start(new Workbench.Settings(campaign.data, campaign.templates, out, location,
                loginRequired, System.getProperty("user.name"), new Workbench.Mail(smtp, inbox, imap,
                        System::getenv, smtpTrust, imapTrust, authservIds),
                access).publishingTo(publishTo), campaign.campaigns(), bind, port);
        PrintWriter stdout = spec.commandLine().getOut();
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        stdout.printf("briefgen workbench: %s://%s:%d/  (%s; Ctrl-C stops it)%n", tls == null ? "http" : "https",
                host, workbench.port(), !loginRequired
                        ? "this machine only, as " + System.getProperty("user.name")
                        : "officers sign in");
        stdout.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }

    /** "90s", "30m", "2h" as a duration, more than none. */
    private Duration duration(String option, String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new ParameterException(spec.commandLine(), option + " '" + text + "' is not a duration: write it"
                    + " as 90s, 30m or 2h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    private static List<String> officers(ArchiveLocation location) {
        Optional<Archive> opened = Archives.openReadOnly(location);
        if (opened.isEmpty()) {
            return List.of();
        }
        try (Archive store = opened.get()) {
            return store.officers();
        } catch (IllegalStateException e) {
            // an archive from before accounts existed has no officers table until it is next opened for writing
            return List.of();
        }
    }
}
