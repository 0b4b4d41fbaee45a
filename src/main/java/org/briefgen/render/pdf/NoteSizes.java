package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.document.Note;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/**
 * Each note's height, line by line, as it is set at a page's foot: where it may split, and what
 * each part takes. Measured once per letter, in a renderer of its own (nothing is tagged or drawn).
 */
final class NoteSizes {

    /** A line of note {@code note}, with the space above it down to its bottom (the note's last line takes its spacing). */
    record Line(int note, float height) {
    }

    private final Map<Integer, List<Line>> lines;

    private NoteSizes(Map<Integer, List<Line>> lines) {
        this.lines = lines;
    }

    static NoteSizes measure(PdfPass pass, List<Note> notes) {
        Map<Integer, List<Line>> lines = new HashMap<>();
        FootNoteGeometry geometry = FootNoteGeometry.of(pass);
        float between = FootNoteGeometry.between(pass.styling());
        DocumentRenderer parent = new DocumentRenderer(pass.layout(), false);
        float top = 100_000;
        for (Note note : notes) {
            IRenderer renderer = pass.note(note).setMarginBottom(between).createRendererSubTree().setParent(parent);
            renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(0, 0, geometry.width(), top))));
            List<Float> bottoms = new ArrayList<>();
            collect(renderer, bottoms);
            List<Line> measured = new ArrayList<>();
            float cut = top;
            for (float bottom : bottoms) {
                measured.add(new Line(note.number(), cut - bottom));
                cut = bottom;
            }
            float end = renderer.getOccupiedArea().getBBox().getBottom();
            if (measured.isEmpty()) {
                measured.add(new Line(note.number(), top - end));
            } else {
                Line last = measured.remove(measured.size() - 1);
                measured.add(new Line(note.number(), last.height() + (cut - end)));
            }
            lines.put(note.number(), List.copyOf(measured));
        }
        return new NoteSizes(lines);
    }

    private static void collect(IRenderer renderer, List<Float> bottoms) {
        if (renderer instanceof LineRenderer line) {
            bottoms.add(line.getOccupiedArea().getBBox().getBottom());
            return;
        }
        List<? extends IRenderer> children = renderer instanceof ParagraphRenderer p && p.getLines() != null
                ? p.getLines() : renderer.getChildRenderers();
        for (IRenderer child : children) {
            collect(child, bottoms);
        }
    }

    /** The lines of note {@code number}, first to last (none for a note that is not there). */
    List<Line> lines(int number) {
        return lines.getOrDefault(number, List.of());
    }
}
