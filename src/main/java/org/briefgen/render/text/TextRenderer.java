package org.briefgen.render.text;

import java.util.List;
import java.util.Locale;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;
import org.briefgen.document.Section;
import org.briefgen.render.HouseStyle;

/**
 * Writes a {@link Document} as plain text, for the text part of an e-mail: the same words as the
 * PDF in the same order, one paragraph per line (mail clients wrap), blank lines between blocks,
 * note numbers in brackets, link addresses after their text, bars of a chart as "label: value".
 *
 * <p>Immutable; build one per run and share it.
 */
public final class TextRenderer {

    private final HouseStyle style;

    public TextRenderer(HouseStyle style) {
        this.style = style;
    }

    /** The text, lines ending in {@code \n}. */
    public String render(Document document) {
        TextBlocks out = new TextBlocks(document.messages());
        LetterFrame frame = document.frame();
        for (Section section : Section.of(document, style.notesPlacement())) {
            switch (section) {
                case LETTERHEAD -> letterhead(out, frame.letterhead());
                case DATE -> {
                    if (!frame.date().isEmpty()) {
                        out.block(frame.date());
                    }
                }
                case RECIPIENT -> lines(out, frame.recipient());
                case SALUTATION -> line(out, frame.salutation());
                case SUBJECT -> line(out, frame.subject());
                case TITLE_PAGE -> {
                    // a title page is for print: the text part of a message starts with the body
                }
                case BODY -> out.writeAll(document.blocks());
                case NOTES -> notes(out, document.notes());
                case CLOSING -> closing(out, frame);
            }
        }
        DocumentInfo info = document.info();
        if (!info.reference().isEmpty()) {
            out.block(document.messages().text("page.reference", "reference", info.reference()));
        }
        return out.text();
    }

    private void letterhead(TextBlocks out, List<Line> letterhead) {
        if (letterhead.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        String name = letterhead.get(0).plainText();
        sb.append(style.letterheadUppercase() ? name.toUpperCase(Locale.ROOT) : name);
        for (int i = 1; i < letterhead.size(); i++) {
            sb.append('\n').append(TextInlines.of(letterhead.get(i).inlines()));
        }
        out.block(sb.toString());
    }

    private static void closing(TextBlocks out, LetterFrame frame) {
        line(out, frame.closing());
        lines(out, frame.signature());
    }

    private static void notes(TextBlocks out, List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.block("----");
        for (Note note : notes) {
            List<Block> content = note.blocks();
            if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph first) {
                out.block("[" + note.number() + "] " + TextInlines.of(first.inlines()));
                out.writeAll(content.subList(1, content.size()));
            } else {
                out.block("[" + note.number() + "]");
                out.writeAll(content);
            }
        }
    }

    private static void line(TextBlocks out, Line line) {
        if (!line.inlines().isEmpty()) {
            out.block(TextInlines.of(line.inlines()));
        }
    }

    /** Lines as one block, one to a line. */
    private static void lines(TextBlocks out, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(TextInlines.of(line.inlines()));
        }
        out.block(sb.toString());
    }
}
