package org.briefgen.render.pdf;

import java.util.List;

import org.briefgen.document.Note;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;

/** Lays out a document's notes: a short rule, then each note in the small size, led by its number. */
final class NotesLayout {

    private NotesLayout() {
    }

    /**
     * One note: a Note structure element (its ID {@code note-n}, as PDF/UA asks) holding the note's
     * blocks in {@code noteBlocks}' size, its number leading the first paragraph as a label.
     */
    static Div note(Note note, PdfStyle s, BlockLayout noteBlocks, InlineLayout inlines) {
        float small = s.smallSize();
        Div div = new Div();
        div.getAccessibilityProperties().setRole(StandardRoles.NOTE)
                .setStructureElementIdString("note-" + note.number());
        for (int i = 0; i < note.blocks().size(); i++) {
            IBlockElement element = note.blocks().get(i).accept(noteBlocks);
            if (i == 0 && element instanceof Paragraph p) {
                // the number leads the note's first paragraph, raised as in the text
                Text number = inlines.noteMarker(note.number(), small * 1.25f);
                number.getAccessibilityProperties().setRole(StandardRoles.LBL);
                p.getChildren().add(0, number);
                p.getChildren().add(1, new Text("\u2009"));
                p.setMultipliedLeading(1.3f).setMarginBottom(0);
            }
            div.add(element);
        }
        return div;
    }

    static void notes(Document layout, List<Note> notes, PdfStyle s, BlockLayout blocks, InlineLayout inlines) {
        if (notes.isEmpty()) {
            return;
        }
        float small = s.smallSize();
        BlockLayout noteBlocks = blocks.sized(small);
        LineSeparator rule = new LineSeparator(new SolidLine(0.6f)).setStrokeColor(s.rule)
                .setWidth(UnitValue.createPercentValue(30)).setMarginTop(s.bodySize() * 0.8f)
                .setMarginBottom(small * 0.8f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        if (s.rtl) {
            rule.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.RIGHT);
        }
        // the rule travels with the first note, so a heading kept with it is never left alone
        Div opening = new Div().setKeepTogether(true);
        opening.add(rule);
        boolean first = true;
        for (Note note : notes) {
            Div div = note(note, s, noteBlocks, inlines).setMarginBottom(small * 0.5f).setKeepTogether(true);
            if (first) {
                opening.add(div);
                layout.add(opening);
                first = false;
            } else {
                layout.add(div);
            }
        }
    }
}
