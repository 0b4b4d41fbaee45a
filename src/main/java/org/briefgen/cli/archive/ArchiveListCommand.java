package org.briefgen.cli.archive;

import java.util.concurrent.Callable;

import org.briefgen.cli.LetterQuery;
import org.briefgen.cli.TrackerCommand;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** One line per issued letter, corrected ones included. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "One line per issued letter: reference, company, issued, deadline, status, issued by.")
final class ArchiveListCommand implements Callable<Integer> {

    @Mixin
    LetterQuery query;

    @Override
    public Integer call() {
        TrackerCommand.print(query.rows(true), query.day(), query.at.stdout(), true);
        return ExitCode.OK;
    }
}
