package org.briefgen.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;
import org.briefgen.mail.ImapSettings;
import org.briefgen.mail.SmtpSettings;
import org.briefgen.web.Workbench;

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
                + " accounts (briefgen user add NAME) and a login."})
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

    @Option(names = "--authserv-id", paramLabel = "ID", description = "The authserv-id your receiving server writes in"
            + " its Authentication-Results headers; only such a header counts (default: the topmost). Repeatable.")
    java.util.List<String> authservIds = java.util.List.of();

    @Spec
    CommandSpec spec;

    /** The workbench may not start as asked: what is missing is named. */
    static final class Refused extends UserError {
        Refused(String message) {
            super(message);
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
        ArchiveLocation location = archive.location(out);
        if (!loopback && officers(location).isEmpty()) {
            throw new Refused("--bind " + bind + " needs user accounts: briefgen user add NAME (with the same --out"
                    + " or --archive), then serve again; on 127.0.0.1 no account is needed");
        }
        // the preview draws page images: no display is needed or wanted
        System.setProperty("java.awt.headless", "true");
        Workbench workbench = Workbench.start(new Workbench.Settings(campaign.data, campaign.templates, out, location,
                !loopback, System.getProperty("user.name"), new Workbench.Mail(smtp, inbox, imap, System::getenv,
                        authservIds)),
                bind, port);
        PrintWriter stdout = spec.commandLine().getOut();
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        stdout.printf("briefgen workbench: http://%s:%d/  (%s; Ctrl-C stops it)%n", host, workbench.port(), loopback
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

    private static List<String> officers(ArchiveLocation location) {
        Optional<Archive> opened = Archive.openReadOnly(location);
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
