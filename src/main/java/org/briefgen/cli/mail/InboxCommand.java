package org.briefgen.cli.mail;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.briefgen.batch.Campaigns;
import org.briefgen.campaign.load.ImapBlock;
import org.briefgen.cli.RecordOptions;
import org.briefgen.cli.TerminalText;
import org.briefgen.failure.ExitCode;
import org.briefgen.mail.inbox.ImapSettings;
import org.briefgen.mail.inbox.Inbox;
import org.briefgen.mail.inbox.InboxOptions;
import org.briefgen.mail.inbox.InboxReport;
import org.briefgen.mail.inbox.InboxSource;
import org.briefgen.mail.inbox.InboxSources;
import org.briefgen.mail.inbox.ReplyTrust;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Reads replies and bounces into the archive, from files or an IMAP folder. */
@Command(name = "inbox", mixinStandardHelpOptions = true, subcommands = InboxReviewCommand.class, description = {
        "Read replies and bounces. In-Reply-To or References naming a letter's e-mail, else its reference in the"
                + " subject, say which letter a message is about, never who sent it: it is recorded as the letter's"
                + " response only when it comes from an address the letter was sent to (or a domain the company is"
                + " known by), the receiving server's Authentication-Results do not say it failed, and when it"
                + " arrived is known (the topmost Received: header, or the IMAP server's date). Any other message"
                + " naming a letter is held for review (inbox review). A delivery report is a bounce.",
        "Unmatched messages are listed, never guessed; a message read twice is recorded once. IMAP messages are"
                + " flagged, never moved or deleted; the password comes from BRIEFGEN_IMAP_PASSWORD or a prompt."})
public final class InboxCommand implements Callable<Integer> {

    private final Campaigns campaigns;

    /** {@code campaigns}: the command line's way into a campaign, whose recipients' reply domains are trusted. */
    InboxCommand(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    static final class Source {
        @Option(names = "--from", paramLabel = "PATH", required = true, description = "One .eml, a folder of them,"
                + " or an mbox file.")
        Path from;

        @Option(names = "--imap", paramLabel = "URL", required = true, description = "imaps://user@host/INBOX (TLS)"
                + " or imap://… (STARTTLS, plain only to a loopback address).")
        String imap;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source;

    @Option(names = "--imap-trust", paramLabel = "FILE", description = "The organisation's certificate authority"
            + " (PEM, or PKCS#12 with its password in BRIEFGEN_TRUST_PASSWORD), trusted for the IMAP server besides"
            + " the Java runtime's; default: trust: in the imap: block. Certificate checking cannot be turned off.")
    Path imapTrust;

    @Option(names = "--authserv-id", paramLabel = "ID", description = "The authserv-id your receiving server writes"
            + " in its Authentication-Results headers (e.g. mx.example.org); only such a header counts. Repeatable."
            + " Without it, only the topmost Authentication-Results header counts.")
    List<String> authservIds = List.of();

    @Option(names = "--data", paramLabel = "DIR", description = "The campaign folder whose organisation.yaml may"
            + " have an imap: block with trust:, and whose recipients table's reply_domains column lists more domains"
            + " each company answers from (default: data, when it exists).")
    Path data;

    @Mixin
    RecordOptions recording;

    @Override
    public Integer call() {
        if (source == null) {
            throw recording.usage("give --from PATH or --imap URL (or: inbox review)");
        }
        ReplyTrust trust = new ReplyTrust(authservIds, ReplyDomains.of(campaigns, data, recording.archive().stderr()));
        return recording.archive().run((store, out) -> {
            try (InboxSource inbox = open()) {
                print(Inbox.read(store, inbox, recording.officer(), trust), out);
            }
            return ExitCode.OK;
        });
    }

    private static void print(InboxReport report, PrintWriter out) {
        for (InboxReport.Entry e : report.recorded()) {
            out.println("recorded: " + TerminalText.of(e.reference()) + ": " + TerminalText.of(e.detail())
                    + ", from " + TerminalText.of(e.sender()) + ": " + TerminalText.of(e.subject()));
        }
        for (InboxReport.Entry e : report.review()) {
            out.println("for review: " + TerminalText.of(e.reference()) + ": from " + TerminalText.of(e.sender())
                    + ": " + TerminalText.of(e.subject()) + " (" + TerminalText.of(e.detail()) + ")");
        }
        if (report.alreadyRecorded() > 0) {
            out.println("already recorded: " + report.alreadyRecorded() + " message(s)");
        }
        for (InboxReport.Entry e : report.unmatched()) {
            out.println("unmatched: from " + TerminalText.of(e.sender()) + ": " + TerminalText.of(e.subject())
                    + " (" + TerminalText.of(e.origin()) + "; " + TerminalText.of(e.detail()) + ")");
        }
        for (String s : report.skipped()) {
            out.println("skipped: " + TerminalText.of(s));
        }
        out.println(report.recorded().size() + " recorded, " + report.alreadyRecorded() + " already recorded, "
                + report.unmatched().size() + " unmatched, " + report.skipped().size() + " skipped, " + report
                        .review().size()
                + " for review.");
        if (!report.review().isEmpty()) {
            out.println("Messages held for review count for nothing until an officer confirms them: briefgen"
                    + " inbox review.");
        }
    }

    private InboxSource open() {
        if (source.from != null) {
            if (imapTrust != null) {
                throw recording.usage("--imap-trust goes with --imap, not --from");
            }
            return InboxSources.fromPath(source.from, InboxOptions.defaults());
        }
        ImapSettings settings = ImapSettings.parse(source.imap).withTrust(MailPasswords.trust(imapTrust != null
                ? imapTrust : ImapBlock.trust(data != null ? data : Path.of("data")).orElse(null)));
        return InboxSources.imap(settings, MailPasswords.of("BRIEFGEN_IMAP_PASSWORD", settings.username(),
                settings.host()), InboxOptions.defaults());
    }
}
