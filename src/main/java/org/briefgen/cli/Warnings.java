package org.briefgen.cli;

import java.io.PrintWriter;
import java.util.List;

import org.briefgen.campaign.Problem;

/** Prints what the user should know that stops nothing, one line each, as errors are printed. */
final class Warnings {

    private Warnings() {
    }

    /** Prints each warning on {@code err}; returns how many there were. */
    static int print(PrintWriter err, List<Problem> warnings) {
        return print(err, warnings, Integer.MAX_VALUE);
    }

    /** Prints the first {@code limit} warnings on {@code err}, and how many more there are. */
    static int print(PrintWriter err, List<Problem> warnings, int limit) {
        warnings.stream().limit(limit).forEach(w -> err.println("warning: " + TerminalText.of(w.toString())));
        if (warnings.size() > limit) {
            err.println("warning: and " + (warnings.size() - limit) + " more (briefgen validate lists them all)");
        }
        err.flush();
        return warnings.size();
    }

    /** ", 2 warnings" (nothing when there are none), for a summary line. */
    static String count(int warnings) {
        return warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }
}
