package org.briefgen.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The output folder: where letters were written, and the archive's files are. */
final class OutputOption {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "The output folder that letters were written to (default: ${DEFAULT-VALUE}).")
    Path out;
}
