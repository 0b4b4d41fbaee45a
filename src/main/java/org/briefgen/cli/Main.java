package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.Arrays;

import org.briefgen.archive.ArchiveException;
import org.briefgen.batch.InvalidCampaignException;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.Problem;
import org.briefgen.render.StyleException;
import org.briefgen.template.TemplateProblem;

import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to one readable message and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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

    /** The one place where failures become messages and exit codes. */
    static int report(Exception e, PrintWriter err, boolean debug) {
        int code;
        if (e instanceof DataException data) {
            for (Problem problem : data.problems()) {
                err.println("error: " + problem);
            }
            err.println(count(data.problems().size()) + " in the campaign data; nothing was written.");
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof InvalidCampaignException invalid) {
            invalid.problems().forEach(p -> err.println("error: " + p));
            err.println(count(invalid.problems().size()) + " in the letters; nothing was written.");
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof ArchiveException) {
            err.println("error: " + e.getMessage());
            err.println("nothing was recorded.");
            code = ExitCode.BAD_INPUT;
        } else if (e instanceof TemplateProblem || e instanceof StyleException) {
            err.println("error: " + e.getMessage());
            err.println("nothing was written.");
            code = ExitCode.BAD_INPUT;
        } else {
            err.println("internal error: " + e + (debug ? "" : " (run again with --debug to see where)"));
            code = ExitCode.INTERNAL;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String count(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }
}
