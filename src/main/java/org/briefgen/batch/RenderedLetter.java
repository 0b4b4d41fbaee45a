package org.briefgen.batch;

import java.util.List;

/**
 * A letter's files made in memory and not yet written: each with its file name (in the campaign's
 * folder) and bytes, the PDF first when there is one (its page count is {@code pages}); and the
 * files the letter does not get, each with the reason.
 */
public record RenderedLetter(PreparedLetter letter, List<File> files, int pages, List<String> skipped) {

    public RenderedLetter {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** One file of a letter: its name and its bytes. */
    public record File(String name, byte[] bytes) {
    }
}
