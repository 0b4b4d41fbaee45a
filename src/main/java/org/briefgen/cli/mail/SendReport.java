package org.briefgen.cli.mail;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.briefgen.cli.TerminalText;
import org.briefgen.cli.TextTable;
import org.briefgen.mail.send.Delivery;
import org.briefgen.mail.send.Dispatch;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.SmtpSettings;

/** What {@code send} prints: each letter and what came of each address, then the totals. */
final class SendReport {

    private SendReport() {
    }

    /**
     * Each letter an earlier, stopped run left uncertain, by name, and how to settle it: it is never
     * sent there again unasked, so the officer must find out whether it arrived.
     */
    private static void printUncertain(Dispatch.Report report, SendOptions options, PrintWriter out) {
        if (report.uncertain().isEmpty() || options.toSelf() != null) {
            return;
        }
        for (Dispatch.Uncertain u : report.uncertain()) {
            out.println("uncertain: " + TerminalText.of(u.reference()) + " (" + TerminalText.of(u.company())
                    + ") to " + TerminalText.of(String.join(", ", u.addresses())) + ": an earlier send stopped"
                    + " after the hand-over began, before the server answered; it is not sent again unasked.");
        }
        out.println("to settle an uncertain letter: check whether it arrived (ask the company, or the mail server's"
                + " log); if it did not, send it again with: " + report.uncertain().stream().map(u -> "briefgen send"
                        + " --resend " + TerminalText.of(u.reference()) + " --yes").collect(Collectors.joining(
                                "; "))
                + "; if it did, nothing needs doing.");
    }

    static void print(Dispatch.Report report, SmtpSettings settings, SendOptions options, PrintWriter out) {
        if (options.dryRun()) {
            out.println("dry run: connected to " + settings.url() + (settings.username() == null ? ""
                    : " and logged in") + "; nothing was sent (add --yes to send).");
        } else if (options.toSelf() != null) {
            out.println("to self: every message goes to " + options.toSelf() + " only, subject [TEST]; nothing is"
                    + " recorded.");
        }
        int sent = 0;
        int failed = 0;
        TextTable table = new TextTable("reference", "company", "addresses", "size", "attachments");
        for (Dispatch.Item item : report.items()) {
            if (item.problem() != null) {
                out.println("not sent: " + TerminalText.of(item.reference()) + " (" + TerminalText.of(item.company())
                        + "): " + TerminalText.of(item.problem()));
                failed++;
                continue;
            }
            if (options.dryRun()) {
                table.add(item.reference(), item.company(), String.join(", ", item.addresses()),
                        String.format(Locale.ROOT, "%,d bytes", item.summary().size()),
                        String.join(", ", item.summary().attachments()));
                continue;
            }
            for (Delivery d : item.result().deliveries()) {
                out.println(d.status().name().toLowerCase(Locale.ROOT) + ": " + TerminalText.of(item.reference()) + " ("
                        + TerminalText.of(item.company()) + ") to " + TerminalText.of(d.address()) + (d.reply()
                                .isEmpty() ? "" : ": " + TerminalText.of(d.reply())));
            }
            if (item.failed()) {
                failed++;
            } else {
                sent++;
            }
        }
        if (options.dryRun()) {
            table.print(out);
            out.println(report.items().stream().filter(i -> i.problem() == null).count() + " letter(s) would be sent; "
                    + report.alreadySent() + " already sent (or uncertain, or refused for good).");
        } else {
            out.println(sent + " letter(s) sent" + (failed == 0 ? "" : ", " + failed + " not (fully) sent") + "; "
                    + report.alreadySent() + " already sent (or uncertain, or refused for good).");
        }
        for (Dispatch.Responded r : report.responded()) {
            out.println("skipped: " + TerminalText.of(r.reference()) + " (" + TerminalText.of(r.company()) + ") already"
                    + " has a response (to it or to a letter of its thread); add --include-responded to send it anyway.");
        }
        printUncertain(report, options, out);
        if (report.stopped() != null) {
            out.println("the run stopped: " + TerminalText.of(report.stopped()));
        }
        if (failed > 0 && !options.dryRun()) {
            out.println("not sent: " + report.items().stream().filter(Dispatch.Item::failed)
                    .map(Dispatch.Item::reference).collect(Collectors.joining(", "))
                    + " (see archive show REF; an uncertain send is resent only with --resend REF)");
        }
    }
}
