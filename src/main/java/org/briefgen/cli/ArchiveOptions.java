package org.briefgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;

import picocli.CommandLine.Option;

/** Which archive: {@code OUT/archive.sqlite} unless a JDBC URL is given. */
final class ArchiveOptions {

    @Option(names = "--archive", paramLabel = "JDBC-URL", description = "The archive database (default: archive.sqlite in the output folder).")
    String url;

    /** The archive for output folder {@code out}; an {@code out} that is a file is refused. */
    ArchiveLocation location(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ArchiveException(out + " is a file, not a folder (--out names the folder that letters are"
                    + " written to)");
        }
        return ArchiveLocation.of(url, out);
    }
}
