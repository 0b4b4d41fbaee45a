package org.briefgen.render.text;

import java.util.List;
import java.util.Locale;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;
import org.briefgen.document.NotesPlacement;
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
        DocumentInfo info = document.info();
        TextBlocks out = new TextBlocks();
        LetterFrame frame = document.frame();
        if (frame != null) {
            opening(out, frame);
        }
        out.writeAll(document.blocks());
        if (frame != null && style.notesPlacement() == NotesPlacement.BEFORE_CLOSING) {
            notes(out, document.notes());
            closing(out, frame);
        } else if (frame != null) {
            closing(out, frame);
            notes(out, document.notes());
        } else {
            notes(out, document.notes());
        }
        if (!info.reference().isEmpty()) {
            out.block("Ref. " + info.reference());
        }
        return out.text();
    }

    private void opening(TextBlocks out, LetterFrame frame) {
        List<Line> letterhead = frame.letterhead();
        if (!letterhead.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            String name = letterhead.get(0).plainText();
            sb.append(style.letterheadUppercase() ? name.toUpperCase(Locale.ROOT) : name);
            for (int i = 1; i < letterhead.size(); i++) {
                sb.append('\n').append(TextInlines.of(letterhead.get(i).inlines()));
            }
            out.block(sb.toString());
        }
        if (!frame.date().isEmpty()) {
            out.block(frame.date());
        }
        if (!frame.recipient().isEmpty()) {
            out.block(lines(frame.recipient()));
        }
        line(out, frame.salutation());
        line(out, frame.subject());
    }

    private static void closing(TextBlocks out, LetterFrame frame) {
        line(out, frame.closing());
        if (!frame.signature().isEmpty()) {
            out.block(lines(frame.signature()));
        }
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

    private static String lines(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line line : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(TextInlines.of(line.inlines()));
        }
        return sb.toString();
    }
}
