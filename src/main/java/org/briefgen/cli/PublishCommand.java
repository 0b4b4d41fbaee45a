package org.briefgen.cli;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.briefgen.batch.Campaigns;
import org.briefgen.campaign.Campaign;
import org.briefgen.cli.archive.ArchiveExportCommand;
import org.briefgen.failure.ExitCode;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;
import org.briefgen.publish.Outcome;
import org.briefgen.publish.Publisher;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a campaign's publication: web pages and a PDF report of who responded. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = {
        "Write the campaign's publication into DIR: a static web site (index.html and a page per company) and the"
                + " same as one PDF report (report.pdf): the campaign, the research briefing, and for each company"
                + " its letter, follow-ups and response, or that it did not respond.",
        "Only what was known on the --as-of day is published; the same archive and day give the same files."})
final class PublishCommand implements Callable<Integer> {

    private final Campaigns campaigns;

    /** {@code campaigns}: the command line's way into a campaign, whose words the site is written in. */
    PublishCommand(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Option(names = "--campaign", paramLabel = "ID", description = "The campaign (default: the archive's only one).")
    String campaign;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Publish what was known on this day (YYYY-MM-DD;"
            + " default: today).")
    LocalDate asOf;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "The folder to write: new, empty, or"
            + " an earlier publication (which is replaced).")
    Path to;

    @Option(names = "--no-redact", description = "Publish replies as received: personal e-mail addresses and phone"
            + " numbers are kept, and reply files are copied whatever their kind.")
    boolean noRedact;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Where style.yaml"
            + " is, for the PDF report, and the campaign's own messages*.properties (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The campaign folder: the"
            + " publication speaks its campaign's language (British English when the folder holds another campaign"
            + " or none; default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    ArchiveAccessOptions at;

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        Publisher publisher = new Publisher(new PdfRenderer(HouseStyle.load(templates.resolve("style.yaml"))));
        return at.run((store, out) -> report(publisher.publish(store, at.out(), new Publisher.Options(campaign, day,
                to, !noRedact, words(day))), day, out));
    }

    private int report(Publisher.Published published, LocalDate day, PrintWriter out) {
        List<String> counts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = published.publication().count(o);
            if (n > 0) {
                counts.add(n + " " + o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
        out.printf("published %s as of %s: %d companies (%s)%n", published.publication().campaign(), day,
                published.publication().companies().size(), String.join(", ", counts));
        out.printf("  %s%n  %s%n", to.resolve("index.html"), to.resolve("report.pdf"));
        out.printf("%d files written to %s%s%n", published.files().size(), to, noRedact ? " (not redacted)" : "");
        // the head the publication prints: whoever keeps it can later check the archive still reaches as far
        ArchiveExportCommand.printHead(published.head(), out);
        return ExitCode.OK;
    }

    /**
     * The words of a campaign by its id: those of the campaign in {@code --data}, in its language with
     * its own messages from {@code --templates}, when it is the one published; otherwise British English.
     */
    private Function<String, Messages> words(LocalDate day) {
        Messages english = Messages.builtIn("en-GB");
        if (!Files.isRegularFile(data.resolve("campaign.yaml"))) {
            return id -> english;
        }
        Campaign known = campaigns.load(data, day, true).campaign();
        Messages own = MessageCatalog.load(templates, known.language()).forLanguage(known.language());
        return id -> id.equals(known.id()) ? own : english;
    }
}
