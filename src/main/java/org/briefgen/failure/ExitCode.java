package org.briefgen.failure;

/** briefgen's exit codes, in one place; the README lists them. */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;
    /** A fault of briefgen's own (a bug, or the machine): the message says what, --debug shows where. */
    public static final int INTERNAL = 1;
    /** Bad usage or bad input: data, templates, style, an unknown reference. Nothing was written. */
    public static final int BAD_INPUT = 2;
    /** {@code archive verify} found a recorded file or row that is not as it was recorded. */
    public static final int NOT_INTACT = 3;
    /** Some letters were issued, others could not be made (--keep-going): see the failures report. */
    public static final int SOME_FAILED = 4;
    /** {@code publish}: the folder named is a file, or holds files that are not a publication; nothing was written. */
    public static final int NOT_A_PUBLICATION_FOLDER = 5;

    private ExitCode() {
    }
}
