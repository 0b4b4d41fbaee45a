package org.briefgen.cli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.IssueReport;
import org.briefgen.batch.OutputFormat;
import org.briefgen.batch.OutputFormats;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Validates the campaign, then issues one letter per recipient who has none yet. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = {
        "Issue each recipient's letter (PDF, Word, e-mail, post) into OUT/<campaign-id>/ and record"
                + " each in the archive.",
        "A recipient whose letter was issued before gets nothing new; no issued file is rewritten."})
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CampaignOptions campaign;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Where letters are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ArchiveOptions archive;

    @Mixin
    OfficerOption officer;

    @Option(names = "--reissue", paramLabel = "REF", description = "Issue a correction of letter REF under a new reference that supersedes it (repeatable).")
    List<String> reissue = new ArrayList<>();

    @Option(names = "--store-files", description = "Keep every issued file in the archive too, from now on (a"
            + " PostgreSQL archive always does): archive export --files writes them back out.")
    boolean storeFiles;

    @Option(names = "--dry-run", description = "Render what would be issued into OUT/preview/ and record nothing.")
    boolean dryRun;

    @Option(names = "--jobs", paramLabel = "N", description = "Letters (or follow-ups) rendered at once (default: the number"
            + " of cores, ${DEFAULT-VALUE} here). The files are the same whatever N is.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--keep-going", description = "Issue every letter that can be made; report the recipients whose"
            + " letters cannot (OUT/<campaign-id>/failures.csv) and exit 4.")
    boolean keepGoing;

    @Option(names = "--quiet", description = "Print only the summary (and any errors).")
    boolean quiet;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class, completionCandidates = FormatNames.class, description = "Which files to write: ${COMPLETION-CANDIDATES}, comma-separated (default: the campaign's"
            + " formats, or all built in).")
    List<OutputFormat> formats = List.of();

    @Option(names = "--follow-up", description = "Issue a follow-up (from the campaign's follow-up template) to each"
            + " letter whose deadline has passed with no response and no bounce, once per letter and round.")
    boolean followUp;

    @Option(names = "--as-of", paramLabel = "DATE", description = "With --follow-up: the day the follow-ups are"
            + " dated and deadlines are judged (YYYY-MM-DD; default: today).")
    LocalDate asOf;

    @Option(names = "--round", paramLabel = "N", description = "With --follow-up: 1 chases first letters (the"
            + " default), 2 chases round-1 follow-ups, and so on.")
    Integer round;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        if (followUp || asOf != null || round != null) {
            return new FollowUpRound(this).run();
        }
        CampaignRun run = campaign.open(new LinkedHashSet<>(formats), keepGoing);
        run.fontsAhead();
        if (!dryRun) {
            // the key is opened and its certificate checked before anything is written
            SigningPasswords.signing(run);
        }
        List<String> suffixes = campaign.campaigns().formats().suffixes();
        ArchiveLocation location = archive.location(out);
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = Progress.start(run.data().recipients().size(), System.console() != null, quiet, stderr);
        CampaignIssuer.Listener listener = new CampaignIssuer.Listener() {
            @Override
            public void issued(WrittenLetter w, IssuedLetter record) {
                progress.step();
                if (progress.linesWanted()) {
                    String corrects = record != null && record.supersedes() != null ? ", corrects "
                            + record.supersedes() : "";
                    stdout.println(line(w, suffixes) + corrects);
                    stdout.flush();
                }
            }

            @Override
            public void alreadyIssued(IssuedLetter letter, boolean changed) {
                progress.step();
                if (progress.linesWanted()) {
                    stdout.printf("already issued: %s %s%s%n", TerminalText.of(letter.reference()), TerminalText.of(
                            letter.company()),
                            changed
                                    ? " (its data or templates have changed since: --reissue " + letter.reference()
                                            + " issues a correction)"
                                    : "");
                    stdout.flush();
                }
            }

            @Override
            public void checked(int checked, int total) {
                progress.checked(checked, total);
            }

            @Override
            public void rendersAsItChecks() {
                progress.rendersAsItChecks();
            }
        };
        CampaignIssuer issuing = new CampaignIssuer(run, jobs, keepGoing, officer.officer()).countingLetters();
        if (storeFiles && !dryRun) {
            Archives.storeFiles(location);
        }
        IssueReport report;
        try (progress) {
            if (dryRun) {
                report = issuing.preview(location, out.resolve("preview"), reissue, listener);
            } else if (reissue.isEmpty()) {
                report = issuing.issue(location, Clock.systemUTC(), listener);
            } else {
                report = issuing.reissue(location, Clock.systemUTC(), reissue, listener);
            }
        }
        // the briefing goes with the letters: rewritten (identically, unless its sources changed) when any is issued
        report.briefings().stream().filter(b -> !quiet).forEach(b -> stdout.printf("  %-14s %-28s %s  (%d page%s)%n",
                "", "research briefing", b.file(), b.pages(), b.pages() == 1 ? "" : "s"));
        double seconds = (System.nanoTime() - start) / 1e9;
        int written = report.writtenCount();
        int already = report.alreadyIssuedCount();
        String also = already == 0 ? "" : "; " + already + " already issued";
        if (dryRun) {
            stdout.printf(Locale.ROOT, "%s previewed in %s%s; nothing was issued or recorded%n", letters(written),
                    report.folder(), also);
        } else if (written > 0) {
            stdout.printf(Locale.ROOT, "%s written to %s and recorded in %s in %.1f s%s%n", letters(written),
                    report.folder(), location.describe(), seconds, also);
        } else {
            stdout.printf("nothing new to issue: %s of %s already issued (briefgen archive list shows them)%n",
                    letters(already), TerminalText.of(run.data().campaign().id()));
        }
        if (!quiet) {
            Warnings.print(stderr, run.warnings(), 10);
        }
        if (written > 0) {
            DateWarnings.generate(stderr, run, campaign.data, LocalDate.now(), dryRun);
        }
        List<org.briefgen.campaign.SkippedRow> skipped = run.data().skippedRows();
        if (!report.failures().isEmpty() || !skipped.isEmpty()) {
            Path failuresFile = FailureReport.write(report.folder(), skipped, report.failures());
            skipped.forEach(p -> stderr.println("failed: " + TerminalText.of(p.toString())));
            report.failures().forEach(f -> stderr.println("failed: " + TerminalText.of(f.message())));
            stderr.printf("%s could not be issued; see %s%n", letters(skipped.size() + report.failures().size()),
                    failuresFile);
            stderr.flush();
            return ExitCode.SOME_FAILED;
        }
        return ExitCode.OK;
    }

    /**
     * Reference, company, the main file and its pages, then the other files' suffixes and what was left
     * out; {@code suffixes} are the formats' (the longest that ends the main file's name is cut off).
     */
    static String line(WrittenLetter w, List<String> suffixes) {
        StringBuilder sb = new StringBuilder(String.format("  %-14s %-28s %s", TerminalText.of(w.reference()),
                clip(TerminalText.of(w.company()), 28), w.file() == null ? "(no files)" : TerminalText.of(w.file()
                        .toString())));
        if (w.pages() > 0) {
            sb.append(String.format("  (%d page%s)", w.pages(), w.pages() == 1 ? "" : "s"));
        }
        String main = w.file() == null ? "" : w.file().getFileName().toString();
        String base = suffixes.stream().filter(main::endsWith).max(Comparator.comparingInt(String::length))
                .map(suffix -> main.substring(0, main.length() - suffix.length())).orElse(main);
        List<String> others = w.files().stream().skip(1).map(p -> p.getFileName().toString())
                .map(n -> n.startsWith(base) ? n.substring(base.length()) : n).toList();
        if (!others.isEmpty()) {
            sb.append("  also ").append(String.join(" ", others));
        }
        if (!w.skipped().isEmpty()) {
            sb.append(others.isEmpty() ? "  " : "; ").append(String.join(", ", w.skipped()));
        }
        return sb.toString();
    }

    /** {@code --formats pdf,docx}: a name that is not a format is bad usage, listing the formats. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        private final OutputFormats formats;

        FormatConverter(OutputFormats formats) {
            this.formats = formats;
        }

        @Override
        public OutputFormat convert(String value) {
            try {
                return formats.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The formats' names, for {@code --formats}' help. */
    static final class FormatNames implements Iterable<String> {
        private final OutputFormats formats;

        FormatNames(OutputFormats formats) {
            this.formats = formats;
        }

        @Override
        public Iterator<String> iterator() {
            return formats.names().iterator();
        }
    }

    private static String letters(int n) {
        return n == 1 ? "1 letter" : n + " letters";
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
