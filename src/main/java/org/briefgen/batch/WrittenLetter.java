package org.briefgen.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * A letter written to disk: its reference, recipient, main file (the PDF when there is one) and
 * page count, every file written for it, and the files it did not get, each with the reason
 * ("no .post.txt (no handle)").
 */
public record WrittenLetter(String reference, String recipientId, String company, Path file, int pages, long bytes,
        List<Path> files, List<String> skipped) {

    public WrittenLetter {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
