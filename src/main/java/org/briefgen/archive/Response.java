package org.briefgen.archive;

import java.time.LocalDate;

/**
 * One row of the responses table. {@code received} is null for a withdrawal; {@code file} is null
 * when no file was recorded; {@code supersedes} is the entry number of the response a correction
 * or withdrawal replaces, or null; {@code officer} who recorded it (null for responses recorded
 * before the archive kept that); {@code notForPublication} when the company asked that it be kept
 * private (the publication then shows neither its file nor its summary).
 */
public record Response(int entryNo, String reference, ResponseKind kind, LocalDate received, String summary,
        RecordedFile file, Integer supersedes, String recordedAt, String previousSha256, String sha256,
        String officer, boolean notForPublication) {

    /** A response that may be published. */
    public Response(int entryNo, String reference, ResponseKind kind, LocalDate received, String summary,
            RecordedFile file, Integer supersedes, String recordedAt, String previousSha256, String sha256,
            String officer) {
        this(entryNo, reference, kind, received, summary, file, supersedes, recordedAt, previousSha256, sha256, officer,
                false);
    }

    /** A response recorded without an officer. */
    public Response(int entryNo, String reference, ResponseKind kind, LocalDate received, String summary,
            RecordedFile file, Integer supersedes, String recordedAt, String previousSha256, String sha256) {
        this(entryNo, reference, kind, received, summary, file, supersedes, recordedAt, previousSha256, sha256, null);
    }
}
