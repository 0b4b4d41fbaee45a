package org.briefgen.cli;

/** briefgen's exit codes; the README lists them. */
final class ExitCode {

    /** Everything asked for was done. */
    static final int OK = 0;
    /** A fault of briefgen's own (a bug, or the machine): the message says what, --debug shows where. */
    static final int INTERNAL = 1;
    /** Bad usage or bad input: data, templates or style. Nothing was written. */
    static final int BAD_INPUT = 2;
    /** {@code archive verify} found a recorded file or row that is not as it was recorded. */
    static final int NOT_INTACT = 3;

    /** Some letters were issued, others could not be made (--keep-going): see the failures report. */
    static final int SOME_FAILED = 4;

    private ExitCode() {
    }
}
