package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * What a user reads when the Java machine itself gives out ({@link VirtualMachineError}: out of
 * memory, out of stack): one paragraph naming the command, what ran out and what to try, never
 * a stack trace (that only with {@code --debug}). Exit code 1, like any fault that is not the
 * user's input.
 */
final class OutOfResources {

    private OutOfResources() {
    }

    /** The VM error {@code e} is, or was caused by; null when none. */
    static VirtualMachineError of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof VirtualMachineError vm) {
                return vm;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof VirtualMachineError vm) {
                    return vm;
                }
            }
        }
        return null;
    }

    /** The command that was running, as typed ("publish", "archive verify"), from {@code cli}'s last parse. */
    static String command(CommandLine cli) {
        List<String> names = new ArrayList<>();
        CommandLine.ParseResult result = cli == null ? null : cli.getParseResult();
        while (result != null && result.hasSubcommand()) {
            result = result.subcommand();
            names.add(result.commandSpec().name());
        }
        return names.isEmpty() ? "briefgen" : "briefgen " + String.join(" ", names);
    }

    /** The paragraph for {@code error} while {@code command} ran. */
    static String paragraph(String command, VirtualMachineError error) {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (error instanceof StackOverflowError) {
            return command + " stopped: Java ran out of stack (it nests deeper than the " + "thread's stack allows)."
                    + " What it was writing may be incomplete. Try again with a larger stack, for example"
                    + " BRIEFGEN_JAVA_OPTS=-Xss8m, and if it fails again report it with the output of --debug.";
        }
        String what = String.valueOf(error.getMessage());
        String ran;
        String hint;
        if (error instanceof OutOfMemoryError && what.contains("Metaspace")) {
            ran = "memory for its classes (Metaspace)";
            hint = "BRIEFGEN_JAVA_OPTS=-XX:MaxMetaspaceSize=512m";
        } else if (error instanceof OutOfMemoryError && what.contains("native thread")) {
            ran = "threads (the system would not start another)";
            hint = "fewer letters at once (--jobs 1, where the command has it), or BRIEFGEN_JAVA_OPTS=-Xss512k";
        } else if (error instanceof OutOfMemoryError) {
            ran = "memory (" + (what.equals("null") ? "the Java heap" : what) + ", with a heap of at most " + heapMb
                    + " MB)";
            hint = "more memory: BRIEFGEN_JAVA_OPTS=-Xmx" + larger(heapMb) + " ./" + command;
        } else {
            ran = "what the Java machine needs to go on (" + error.getClass().getSimpleName() + ": " + what + ")";
            hint = "more memory: BRIEFGEN_JAVA_OPTS=-Xmx" + larger(heapMb) + " ./" + command;
        }
        String left = command.equals("briefgen publish") ? " The publication folder is left as it was."
                : " What it was writing may be incomplete.";
        return command + " stopped: Java ran out of " + ran + "." + left + " Try again with " + hint
                + " …, and if it fails again report it with the output of --debug.";
    }

    /** A heap at least twice {@code mb}, rounded up to a power of two: "512m", "1g", "2g"… */
    static String larger(long mb) {
        long next = 256;
        while (next < 2 * mb) {
            next *= 2;
        }
        return next >= 1024 ? next / 1024 + "g" : next + "m";
    }

    /** Prints the paragraph (and the trace with {@code debug}); the exit code. */
    static int report(String command, VirtualMachineError error, PrintWriter err, boolean debug) {
        err.println("error: " + paragraph(command, error));
        if (debug) {
            error.printStackTrace(err);
            if (error.getStackTrace().length == 0) {
                // the Java machine keeps a few errors with room for a trace; once they are thrown, the next have none
                err.println("\t(no trace: the Java machine had run out of memory several times by then, and gave"
                        + " this error none)");
            }
        }
        err.flush();
        return org.briefgen.failure.ExitCode.INTERNAL;
    }
}
