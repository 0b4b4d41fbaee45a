package org.briefgen.cli.archive;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.Verification;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.cli.OutputOption;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Copies an archive into another database (SQLite to PostgreSQL, typically), verified. */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = {
        "Copy the archive at --from into the empty archive at --to (SQLite to PostgreSQL, say): every row as it is,"
                + " with its entry number and hashes, and the stored files; the copy is verified before it is"
                + " committed, and a target that holds any of the source's campaigns is refused."})
final class ArchiveMigrateCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "JDBC-URL", description = "The archive to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "JDBC-URL", description = "The archive to copy it into"
            + " (the password from PGPASSWORD or ~/.pgpass).")
    String to;

    @Mixin
    OutputOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArchiveLocation source = ArchiveLocation.of(from, output.out);
        ArchiveLocation target = ArchiveLocation.of(to, output.out);
        Verification v = Archives.migrate(source, target);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("copied %d letters, %d responses, %d files checked: %s is intact%n", v.letters(), v.responses(),
                v.files(), target.describe());
        out.flush();
        return ExitCode.OK;
    }
}
