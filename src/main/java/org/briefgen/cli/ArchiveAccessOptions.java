package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --out} and {@code --archive}, for a command that works on the archive letters were issued into;
 * {@link #run} opens it, hands it over with the command's standard output and flushes what was printed. The
 * command's output, error and usage errors are had here, so that a command using it needs no spec of its own.
 */
public final class ArchiveAccessOptions {

    /** What a command does with the open archive, printing to {@code out}: returns the exit code. */
    @FunctionalInterface
    public interface Work {
        int on(Archive store, PrintWriter out);
    }

    @Mixin
    OutputOption output;

    @Mixin
    ArchiveOptions archive;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The output folder letters were written to. */
    public Path out() {
        return output.out;
    }

    /** Where the archive is. */
    public ArchiveLocation location() {
        return archive.location(output.out);
    }

    /** The archive, which must exist already. */
    public Archive openExisting() {
        return Archives.openExisting(location(), Clock.systemUTC());
    }

    /** The command's standard output. */
    public PrintWriter stdout() {
        return command.commandLine().getOut();
    }

    /** The command's standard error. */
    public PrintWriter stderr() {
        return command.commandLine().getErr();
    }

    /** The command's usage error {@code message}: picocli prints it with the command's usage, and exits 2. */
    public ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    /** Runs {@code work} on the archive, which must exist; what it printed is flushed whatever happens. */
    public int run(Work work) {
        return run(openExisting(), work);
    }

    /** As {@link #run}, on the archive made empty first when there is none yet. */
    public int runCreating(Work work) {
        return run(Archives.open(location(), Clock.systemUTC()), work);
    }

    private int run(Archive opened, Work work) {
        PrintWriter out = stdout();
        try (Archive store = opened) {
            return work.on(store, out);
        } finally {
            out.flush();
        }
    }
}
