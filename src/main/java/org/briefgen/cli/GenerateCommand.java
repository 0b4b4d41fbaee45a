package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.OutputFormat;
import org.briefgen.batch.WrittenLetter;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Validates the campaign, then writes each recipient's files. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write each recipient's letter (PDF, Word, e-mail, post) into OUT/<campaign-id>/.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CampaignOptions campaign;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Where letters are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", converter = FormatConverter.class,
            description = "Which files to write: pdf, docx, eml, post, comma-separated (default: the campaign's"
                    + " formats, or all).")
    List<OutputFormat> formats = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        CampaignRun run = campaign.open();
        Set<OutputFormat> chosen = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats);
        List<WrittenLetter> letters = run.generate(out, chosen, w -> {
            stdout.println(line(w));
            stdout.flush();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "%d letter%s written to %s in %.1f s%n", letters.size(),
                letters.size() == 1 ? "" : "s", out.resolve(run.data().campaign().id()), seconds);
        return ExitCode.OK;
    }

    /** Reference, company, the main file and its pages, then the other files' suffixes and what was left out. */
    private static String line(WrittenLetter w) {
        StringBuilder sb = new StringBuilder(String.format("  %-14s %-28s %s", w.reference(), clip(w.company(), 28),
                w.file() == null ? "(no files)" : w.file()));
        if (w.pages() > 0) {
            sb.append(String.format("  (%d page%s)", w.pages(), w.pages() == 1 ? "" : "s"));
        }
        String main = w.file() == null ? "" : w.file().getFileName().toString();
        String base = Arrays.stream(OutputFormat.values()).map(OutputFormat::suffix).filter(main::endsWith)
                .findFirst().map(suffix -> main.substring(0, main.length() - suffix.length())).orElse(main);
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
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
