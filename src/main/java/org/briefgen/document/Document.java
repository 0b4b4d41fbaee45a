package org.briefgen.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.briefgen.i18n.Messages;

/**
 * A format-neutral document: metadata, an optional letter frame or title page, body blocks and
 * numbered notes, and the words writers add in its language ({@link Messages}: "Page 1 of 2").
 * Every writer walks this model and nothing else.
 */
public record Document(DocumentInfo info, LetterFrame frame, Cover cover, List<Block> blocks, List<Note> notes,
        Messages messages) {

    public Document {
        Objects.requireNonNull(info, "info");
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        messages = messages != null ? messages : Messages.builtIn(info.language());
    }

    /** A document speaking briefgen's built-in messages of its language. */
    public Document(DocumentInfo info, LetterFrame frame, Cover cover, List<Block> blocks, List<Note> notes) {
        this(info, frame, cover, blocks, notes, null);
    }

    /** A document without a title page. */
    public Document(DocumentInfo info, LetterFrame frame, List<Block> blocks, List<Note> notes) {
        this(info, frame, null, blocks, notes);
    }

    /**
     * The same document whose own words (page numbers, references, chart notes) are {@code words}:
     * its language's messages, with the campaign's own.
     */
    public Document withMessages(Messages words) {
        return new Document(info, frame, cover, blocks, notes, words);
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
