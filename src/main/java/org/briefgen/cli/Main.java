package org.briefgen.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.Charset;
import java.util.Arrays;

import org.briefgen.batch.Campaigns;
import org.briefgen.batch.OutputFormats;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

import com.itextpdf.commons.actions.EventManager;
import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to one readable message and an exit code. */
public final class Main {

    private Main() {
    }

    /** The command line running (for a thread's error, which comes without it). */
    private static volatile CommandLine running;

    /**
     * Memory kept aside from the start and let go when the Java machine runs out, so that the
     * paragraph saying so can be written even when what filled the heap is still held.
     */
    private static volatile byte[] reserve = new byte[512 * 1024];

    public static void main(String[] args) {
        // the terminal's own encoding, as System.out writes it
        Charset terminal = Charset.defaultCharset();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, terminal), true);
        boolean debug = Arrays.asList(args).contains("--debug");
        OutOfResources.larger(1); // loaded now: loading a class after the heap is full may fail too
        // a thread of the command's own (a renderer, a sender) that the Java machine gives out in
        // says so in the same paragraph, instead of the JVM's "Exception in thread" and its trace
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            VirtualMachineError vm = OutOfResources.of(e);
            if (vm != null) {
                reserve = null;
                Runtime.getRuntime().halt(OutOfResources.report(OutOfResources.command(running), vm, err, debug));
            }
            err.println("internal error in " + thread.getName() + ": " + TerminalText.of(String.valueOf(e)));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
        });
        int code;
        try {
            code = run(args, new PrintWriter(new OutputStreamWriter(System.out, terminal), true), err);
        } catch (VirtualMachineError e) {
            // out of memory before the command ran (or while its failure was being told)
            reserve = null;
            code = OutOfResources.report(OutOfResources.command(running), e, err, debug);
        }
        System.exit(code);
    }

    /** Runs briefgen with {@code args}; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // briefgen is AGPL software whose source is published (LICENSE): iText's notice asking an AGPL user to
        // publish theirs, which it prints on standard output after some 10,000 documents (in the middle of a
        // large run's report), is acknowledged once, as iText provides for
        EventManager.acknowledgeAgplUsageDisableWarningMessage();
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = BriefgenCommand.line(new Factory(Campaigns.installed()), args);
        running = cli;
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            VirtualMachineError vm = OutOfResources.of(e);
            if (vm != null) {
                reserve = null;
                return OutOfResources.report(OutOfResources.command(cli), vm, err, debug);
            }
            return report(e, err, debug);
        });
        try {
            return cli.execute(args);
        } catch (VirtualMachineError e) {
            // picocli hands on Errors as they are: the one place they become a paragraph
            reserve = null;
            return OutOfResources.report(OutOfResources.command(cli), e, err, debug);
        }
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

    /**
     * Makes the commands, their option blocks and converters: one that opens a campaign or names formats
     * declares a constructor taking {@link Campaigns} or {@link OutputFormats}, and is handed this
     * command line's one (its output formats scanned once); the others are made as picocli makes them.
     */
    static final class Factory implements CommandLine.IFactory {

        private final Campaigns campaigns;

        Factory(Campaigns campaigns) {
            this.campaigns = campaigns;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> made : type.getDeclaredConstructors()) {
                Class<?>[] takes = made.getParameterTypes();
                if (takes.length == 1 && (takes[0] == Campaigns.class || takes[0] == OutputFormats.class)) {
                    made.setAccessible(true);
                    return type.cast(made.newInstance(takes[0] == Campaigns.class ? campaigns : campaigns.formats()));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
