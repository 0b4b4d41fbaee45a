package org.briefgen.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A letter written to disk: its reference, recipient, PDF file, page count and size, and every
 * file written for it (the PDF first).
 */
public record WrittenLetter(String reference, String recipientId, String company, Path file, int pages, long bytes,
        List<Path> files) {

    public WrittenLetter {
        files = List.copyOf(files);
    }
}
