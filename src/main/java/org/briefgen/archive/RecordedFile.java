package org.briefgen.archive;

/** A file as the archive recorded it: path relative to the output folder ('/'-separated), size and SHA-256. */
public record RecordedFile(String path, long size, String sha256) {
}
