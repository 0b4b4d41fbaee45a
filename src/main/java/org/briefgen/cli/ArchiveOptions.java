package org.briefgen.cli;

import java.nio.file.Path;

import org.briefgen.archive.ArchiveLocation;

import picocli.CommandLine.Option;

/** Which archive: {@code OUT/archive.sqlite} unless a JDBC URL is given. */
final class ArchiveOptions {

    @Option(names = "--archive", paramLabel = "JDBC-URL",
            description = "The archive database (default: archive.sqlite in the output folder).")
    String url;

    ArchiveLocation location(Path out) {
        return ArchiveLocation.of(url, out);
    }
}
