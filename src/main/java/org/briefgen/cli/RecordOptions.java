package org.briefgen.cli;

import org.briefgen.archive.Officer;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * {@code --out}, {@code --archive} and {@code --as}: for a command that records into the archive as an
 * officer (a response, the inbox's messages, sendings).
 */
public final class RecordOptions {

    @Mixin
    ArchiveAccessOptions archive;

    @Mixin
    OfficerOption officer;

    /** The archive recorded into. */
    public ArchiveAccessOptions archive() {
        return archive;
    }

    /** The command's usage error {@code message} (see {@link ArchiveAccessOptions#usage}). */
    public ParameterException usage(String message) {
        return archive.usage(message);
    }

    /** Who records. */
    public Officer officer() {
        return officer.officer();
    }
}
