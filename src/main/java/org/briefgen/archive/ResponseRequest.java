package org.briefgen.archive;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A response to record against letter {@code reference}: a response needs {@code received}; a
 * correction or withdrawal applies to the letter's latest standing response. {@code summary} and
 * {@code file} (copied into the archive's folder) may be null. {@code officer} records it.
 * {@code notForPublication} when the company asked that the response be kept private.
 */
public record ResponseRequest(String reference, ResponseKind kind, LocalDate received, String summary, Path file,
        Officer officer, boolean notForPublication) {

    /** A request for a response that may be published. */
    public ResponseRequest(String reference, ResponseKind kind, LocalDate received, String summary, Path file,
            Officer officer) {
        this(reference, kind, received, summary, file, officer, false);
    }

    /** A request recorded by the system's user. */
    public ResponseRequest(String reference, ResponseKind kind, LocalDate received, String summary, Path file) {
        this(reference, kind, received, summary, file, Officer.systemUser());
    }
}
