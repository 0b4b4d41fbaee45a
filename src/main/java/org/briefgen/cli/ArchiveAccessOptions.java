package org.briefgen.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;

import picocli.CommandLine.Mixin;

/** {@code --out} and {@code --archive}, for a command that works on the archive letters were issued into. */
public final class ArchiveAccessOptions {

    @Mixin
    OutputOption output;

    @Mixin
    ArchiveOptions archive;

    /** The output folder letters were written to. */
    public Path out() {
        return output.out;
    }

    /** Where the archive is. */
    public ArchiveLocation location() {
        return archive.location(output.out);
    }

    /** The archive, which must exist already. */
    public Archive openExisting() {
        return Archives.openExisting(location(), Clock.systemUTC());
    }
}
