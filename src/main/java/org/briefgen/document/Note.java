package org.briefgen.document;

import java.util.List;

/** A numbered note (footnote or endnote) and its content. */
public record Note(int number, List<Block> blocks) {

    public Note {
        blocks = List.copyOf(blocks);
    }
}
