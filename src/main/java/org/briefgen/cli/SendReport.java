package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.briefgen.mail.Delivery;
import org.briefgen.mail.Dispatch;
import org.briefgen.mail.SendOptions;
import org.briefgen.mail.SmtpSettings;

/** What {@code send} prints: each letter and what came of each address, then the totals. */
final class SendReport {

    private SendReport() {
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
                out.println("not sent: " + item.reference() + " (" + item.company() + "): " + item.problem());
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
                out.println(d.status().name().toLowerCase(Locale.ROOT) + ": " + item.reference() + " ("
                        + item.company() + ") to " + d.address() + (d.reply().isEmpty() ? "" : ": " + d.reply()));
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
        if (report.stopped() != null) {
            out.println("the run stopped: " + report.stopped());
        }
        if (failed > 0 && !options.dryRun()) {
            out.println("not sent: " + report.items().stream().filter(Dispatch.Item::failed)
                    .map(Dispatch.Item::reference).collect(Collectors.joining(", "))
                    + " (see archive show REF; an uncertain send is resent only with --resend REF)");
        }
    }
}
