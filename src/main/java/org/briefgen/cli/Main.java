package org.briefgen.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to one readable message and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // the terminal's own encoding, as System.out writes it
        Charset terminal = Charset.defaultCharset();
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, terminal), true),
                new PrintWriter(new OutputStreamWriter(System.err, terminal), true)));
    }

    /** Runs briefgen with {@code args}; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new BriefgenCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> report(e, err, debug));
        return cli.execute(args);
    }

    /**
     * The one place where failures become messages and exit codes: a {@link UserError} says what
     * is wrong and where, anything else is a fault of briefgen's own.
     */
    static int report(Exception e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof UserError user) {
            user.messages().forEach(message -> err.println("error: " + TerminalText.of(message)));
            err.println(user.outcome());
            code = user.exitCode();
        } else {
            err.println("internal error: " + TerminalText.of(String.valueOf(e))
                    + (debug ? "" : " (run again with --debug to see where)"));
            code = ExitCode.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
