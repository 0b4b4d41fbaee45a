package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.WrittenLetter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Validates the campaign, then writes one PDF per recipient. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write one PDF letter per recipient into OUT/<campaign-id>/.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    CampaignOptions campaign;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Where letters are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter stdout = spec.commandLine().getOut();
        CampaignRun run = campaign.open();
        List<WrittenLetter> letters = run.generate(out, w -> {
            stdout.printf("  %-14s %-28s %s  (%d page%s)%n", w.reference(), clip(w.company(), 28), w.file(),
                    w.pages(), w.pages() == 1 ? "" : "s");
            stdout.flush();
        });
        run.generateBriefing(out).ifPresent(b -> stdout.printf("  %-14s %-28s %s  (%d page%s)%n", "", "research briefing",
                b.file(), b.pages(), b.pages() == 1 ? "" : "s"));
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(Locale.ROOT, "%d letter%s written to %s in %.1f s%n", letters.size(),
                letters.size() == 1 ? "" : "s", out.resolve(run.data().campaign().id()), seconds);
        return ExitCode.OK;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
