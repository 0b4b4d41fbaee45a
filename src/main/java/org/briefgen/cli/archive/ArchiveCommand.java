package org.briefgen.cli.archive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The archive's own commands. */
@Command(name = "archive", mixinStandardHelpOptions = true, description = "Look into the archive of issued letters, and check that it is intact.", subcommands = {
        ArchiveVerifyCommand.class, ArchiveListCommand.class, ArchiveShowCommand.class,
        ArchiveExportCommand.class, ArchiveMigrateCommand.class})
final class ArchiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: choose verify, list, show, export or migrate");
    }
}
