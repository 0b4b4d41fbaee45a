package org.briefgen.cli.mail;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.briefgen.campaign.SmtpConfig;
import org.briefgen.cli.DateWarnings;
import org.briefgen.cli.EmailShow;
import org.briefgen.cli.RecordOptions;
import org.briefgen.failure.ExitCode;
import org.briefgen.mail.Password;
import org.briefgen.mail.send.DeliveryLog;
import org.briefgen.mail.send.Dispatch;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.SmtpSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Sends issued letters' e-mails over SMTP: a dry run unless --yes; at most once per address. */
@Command(name = "send", mixinStandardHelpOptions = true, description = {
        "Send the e-mails of issued letters (their .eml files, as issued) over SMTP, each address at most once.",
        "Without --yes it is a dry run: it connects and logs in, lists what would be sent, and sends nothing.",
        "The password comes from BRIEFGEN_SMTP_PASSWORD or a prompt, never from a file."})
public final class SendCommand implements Callable<Integer> {

    /** Wraps the archive's delivery log: tests inject a fault between hand-over and record with it. */
    /** What each send's delivery log is wrapped in: identity, replaced by tests. */
    public static UnaryOperator<DeliveryLog> hook = UnaryOperator.identity();

    @Option(names = "--campaign", paramLabel = "ID", description = "Only this campaign's letters.")
    String campaign;

    @Option(names = "--limit", paramLabel = "N", description = "Send at most N letters this run.")
    int limit;

    @Option(names = "--rate", paramLabel = "N", description = "At most N messages a minute (default: smtp: rate in"
            + " organisation.yaml, else 30).")
    Integer rate;

    @Option(names = "--to-self", paramLabel = "ADDRESS", description = "Send every message to ADDRESS instead,"
            + " subject prefixed [TEST]; nothing is recorded.")
    String toSelf;

    @Option(names = "--resend", paramLabel = "REF", description = "Send only letter REF, to every address not"
            + " recorded as sent: for an uncertain send you have checked did not arrive. Repeatable.")
    List<String> resend = List.of();

    @Option(names = "--show", paramLabel = "REF", description = "Show letter REF's e-mail as the company will see it"
            + " (From, To, Cc, Subject, Date, attachments and sizes, plain text, HTML); connects to nothing, sends"
            + " nothing.")
    String show;

    @Option(names = "--include-responded", description = "Send letters whose company already responded too (by"
            + " default they are skipped, and named).")
    boolean includeResponded;

    @Option(names = "--yes", description = "Send for real (without it: a dry run).")
    boolean yes;

    @Mixin
    SmtpOptions server;

    @Mixin
    RecordOptions recording;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw recording.usage("--limit must be 0 or more");
        }
        if (show != null) {
            return recording.archive().run((store, out) -> {
                EmailShow.print(store, show, out);
                return ExitCode.OK;
            });
        }
        SmtpConfig config = server.config();
        SmtpSettings settings = server.settings(config);
        int perMinute = rate != null ? rate : config != null && config.rate() != null ? config.rate() : 30;
        SendOptions options = SendOptions.defaults().withRate(perMinute).withDryRun(!yes).withToSelf(toSelf);
        return recording.archive().run((store, out) -> {
            Dispatch dispatch = new Dispatch(store, new Dispatch.Request(campaign, limit, Set.copyOf(resend))
                    .includingResponded(includeResponded),
                    recording.officer());
            Password password = MailPasswords.of("BRIEFGEN_SMTP_PASSWORD", settings.username(), settings.host());
            Dispatch.Report report = dispatch.send(settings, password, options, hook, new Dispatch.Listener() {
                @Override
                public void planned(List<Dispatch.Planned> planned) {
                    DateWarnings.send(recording.archive().stderr(), planned.stream().map(p -> p.email().letter())
                            .toList(), server.data, LocalDate.now());
                }
            });
            SendReport.print(report, settings, options, out);
            return report.anyFailed() ? ExitCode.SOME_FAILED : ExitCode.OK;
        });
    }
}
