package org.briefgen.render.docx;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefgen.document.Note;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;

/**
 * The document's notes as real Word footnotes ({@code word/footnotes.xml}), made where they are
 * first referenced so that Word's own numbering agrees with the document's. A note referenced a
 * second time, or from inside another note (Word footnotes cannot nest), is marked with its
 * number in the footnote-reference style; a note first referenced inside another note becomes a
 * footnote referenced right after the outer one, where the document numbers it.
 */
final class WordNotes {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFDocument document;
    private final Map<Integer, Note> notes;
    private final Set<Integer> placed = new HashSet<>();
    private final Deque<Integer> pending = new ArrayDeque<>();
    private BiConsumer<XWPFFootnote, Note> content;
    private long idOffset = -1;
    private int depth;

    WordNotes(XWPFDocument document, List<Note> notes) {
        this.document = document;
        this.notes = notes.stream().collect(Collectors.toMap(Note::number, Function.identity(), (a, b) -> a));
    }

    /** How a note's blocks are written into its footnote; set once, before the body is written. */
    void writeContentWith(BiConsumer<XWPFFootnote, Note> writer) {
        this.content = writer;
    }

    void reference(XWPFParagraph paragraph, int number) {
        if (depth > 0) {
            marker(paragraph, number);
            if (!placed.contains(number) && notes.containsKey(number)) {
                pending.add(number);
            }
            return;
        }
        if (placed.contains(number) || !notes.containsKey(number)) {
            marker(paragraph, number);
            return;
        }
        place(paragraph, number);
        while (!pending.isEmpty()) {
            int next = pending.removeFirst();
            if (!placed.contains(next)) {
                place(paragraph, next);
            }
        }
    }

    private void place(XWPFParagraph paragraph, int number) {
        placed.add(number);
        XWPFFootnote footnote = footnotes().createFootnote();
        footnote.getCTFtnEdn().setId(BigInteger.valueOf(idOffset + number));
        paragraph.addFootnoteReference(footnote);
        depth++;
        try {
            content.accept(footnote, notes.get(number));
        } finally {
            depth--;
        }
    }

    private static void marker(XWPFParagraph paragraph, int number) {
        XWPFRun run = paragraph.createRun();
        run.setStyle(WordStyles.FOOTNOTE_REFERENCE);
        run.setText(Integer.toString(number));
    }

    /**
     * The footnotes part, made on first use with Word's separator notes (ids -1 and 0); ids of
     * new notes follow any already there.
     */
    private XWPFFootnotes footnotes() {
        XWPFFootnotes footnotes = document.createFootnotes();
        if (idOffset < 0) {
            long max = Long.MIN_VALUE;
            for (XWPFFootnote f : footnotes.getFootnotesList()) {
                max = Math.max(max, f.getId().longValue());
            }
            if (max == Long.MIN_VALUE) {
                // the separator keeps a line's distance from the text above it, as the PDF's does
                footnotes.addFootnote(special("separator", -1, "<w:separator/>", 160));
                footnotes.addFootnote(special("continuationSeparator", 0, "<w:continuationSeparator/>", 160));
                max = 0;
            }
            idOffset = Math.max(0, max);
        }
        return footnotes;
    }

    private static CTFtnEdn special(String type, int id, String mark, int beforeTwips) {
        String xml = "<w:footnotes xmlns:w=\"" + W + "\"><w:footnote w:type=\"" + type + "\" w:id=\"" + id
                + "\"><w:p><w:pPr><w:spacing w:before=\"" + beforeTwips + "\" w:after=\"60\" w:line=\"240\""
                + " w:lineRule=\"auto\"/></w:pPr><w:r>" + mark + "</w:r></w:p></w:footnote></w:footnotes>";
        try {
            return FootnotesDocument.Factory.parse(xml).getFootnotes().getFootnoteArray(0);
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in footnote separators do not parse", e);
        }
    }
}
