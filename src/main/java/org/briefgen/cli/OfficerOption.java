package org.briefgen.cli;

import org.briefgen.archive.Officer;

import picocli.CommandLine.Option;

/** Who is issuing, sending or recording: {@code --as NAME}, else the system's user. */
public final class OfficerOption {

    @Option(names = "--as", paramLabel = "NAME", description = "The officer the archive records as issuing, sending or"
            + " recording"
            + " (default: the system's user name).")
    String name;

    public Officer officer() {
        return Officer.of(name);
    }
}
