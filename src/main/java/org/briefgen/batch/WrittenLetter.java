package org.briefgen.batch;

import java.nio.file.Path;

/** A letter written to disk: its reference, recipient, file and page count. */
public record WrittenLetter(String reference, String recipientId, String company, Path file, int pages, long bytes) {
}
