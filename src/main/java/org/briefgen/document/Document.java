package org.briefgen.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A format-neutral document: metadata, an optional letter frame or title page, body blocks and
 * numbered notes. Every writer walks this model and nothing else.
 */
public record Document(DocumentInfo info, LetterFrame frame, Cover cover, List<Block> blocks, List<Note> notes) {

    public Document {
        Objects.requireNonNull(info, "info");
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** A document without a title page. */
    public Document(DocumentInfo info, LetterFrame frame, List<Block> blocks, List<Note> notes) {
        this(info, frame, null, blocks, notes);
    }

    /** The title page, absent for letters. */
    public Optional<Cover> titlePage() {
        return Optional.ofNullable(cover);
    }

    /** The letter frame (letterhead, date, recipient, salutation…), absent for reports. */
    public Optional<LetterFrame> letterFrame() {
        return Optional.ofNullable(frame);
    }
}
