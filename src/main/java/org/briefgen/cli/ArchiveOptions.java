package org.briefgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;

import picocli.CommandLine.Option;

/**
 * Which archive: the JDBC URL given with {@code --archive}, else the one in the environment
 * variable {@code BRIEFGEN_ARCHIVE}, else {@code OUT/archive.sqlite}.
 */
public final class ArchiveOptions {

    /** The environment variable naming the archive when {@code --archive} does not. */
    static final String ENVIRONMENT = "BRIEFGEN_ARCHIVE";

    @Option(names = "--archive", paramLabel = "JDBC-URL", description = "The archive database: jdbc:sqlite:FILE or"
            + " jdbc:postgresql://HOST:PORT/DATABASE?user=NAME, the password from PGPASSWORD or ~/.pgpass (default:"
            + " $BRIEFGEN_ARCHIVE, else archive.sqlite in the output folder).")
    String url;

    /** The archive for output folder {@code out}; an {@code out} that is a file is refused. */
    public ArchiveLocation location(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ArchiveException(out + " is a file, not a folder (--out names the folder that letters are"
                    + " written to)");
        }
        return ArchiveLocation.of(url != null ? url : System.getenv(ENVIRONMENT), out);
    }
}
