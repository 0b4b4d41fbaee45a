package org.briefgen.batch;

import java.util.List;

/**
 * A letter's files made in memory and not yet written: each with its file name (in the campaign's
 * folder) and bytes; the first is the PDF, whose page count is {@code pages}.
 */
public record RenderedLetter(PreparedLetter letter, List<File> files, int pages) {

    public RenderedLetter {
        files = List.copyOf(files);
    }

    /** One file of a letter: its name and its bytes. */
    public record File(String name, byte[] bytes) {
    }
}
