package org.briefgen.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Tracker;
import org.briefgen.archive.TrackerRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** One line per issued letter, corrected ones included. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "One line per issued letter: reference, company, issued, deadline, status.")
final class ArchiveListCommand implements Callable<Integer> {

    @Option(names = "--campaign", paramLabel = "ID", description = "Only this campaign's letters.")
    String campaign;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day statuses are for (default: today).")
    LocalDate asOf;

    @Mixin
    OutputFolder output;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        List<TrackerRow> rows;
        try (Archive store = Archive.openExisting(archive.location(output.out), Clock.systemUTC())) {
            rows = Tracker.ofCampaign(Tracker.rows(store.letters(), store.responses(), day, true), campaign);
        }
        TrackerCommand.print(rows, day, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
