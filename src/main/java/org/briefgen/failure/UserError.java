package org.briefgen.failure;

import java.util.List;

/**
 * A failure the user can put right: bad data, a template or style that does not work, an archive
 * asked for what it cannot do. It carries its exit code and what to print, so the command line
 * (and any other face of briefgen) reports it without knowing its kind; anything else is a fault
 * of briefgen's own. Subclass it for each kind of input, with messages that name the place.
 */
public abstract class UserError extends RuntimeException {

    private final int exitCode;

    protected UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A bad-input error ({@link ExitCode#BAD_INPUT}). */
    protected UserError(String message) {
        this(message, ExitCode.BAD_INPUT);
    }

    /** The process's exit code for this failure. */
    public final int exitCode() {
        return exitCode;
    }

    /** Each problem, one a line, naming its place ("data/recipients.csv:4:97: ..."). */
    public List<String> messages() {
        return List.of(getMessage());
    }

    /** The sentence after the problems: what was (not) done, e.g. "nothing was written.". */
    public abstract String outcome();

    /** "1 problem", "3 problems". */
    protected static String count(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }
}
