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

    /**
     * The same letter as its staged files stand for it once written to the disk: without its bytes, its
     * Markdown and its document, which a run holding many letters rendered ahead would otherwise keep.
     */
    RenderedLetter withoutBytes() {
        return new RenderedLetter(new PreparedLetter(letter.context(), null, null), files.stream().map(f -> new File(f
                .name(), null, f.size())).toList(), pages, skipped);
    }

    /** One file of a letter: its name, its bytes (null once only its staged file holds them) and their number. */
    public record File(String name, byte[] bytes, long size) {

        public File(String name, byte[] bytes) {
            this(name, bytes, bytes.length);
        }
    }
}
