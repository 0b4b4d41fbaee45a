package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.briefgen.document.Document;
import org.briefgen.document.Note;
import org.briefgen.i18n.Messages;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.renderer.DocumentRenderer;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/**
 * Each note's height, line by line, as it is set at a page's foot: where it may split, and what
 * each part takes. Measured in a renderer of its own (nothing is tagged or drawn), once per run for
 * each note in each language ({@link Measured}): the letters of a campaign cite the same notes.
 */
final class NoteSizes {

    /** A line of note {@code note}, with the space above it down to its bottom (the note's last line takes its spacing). */
    record Line(int note, float height) {
    }

    private final Map<Integer, List<Line>> lines;

    private NoteSizes(Map<Integer, List<Line>> lines) {
        this.lines = lines;
    }

    /**
     * The notes measured in a run, by note and by the language, words and direction of the letter
     * citing it: a note's lines depend on nothing else in a run (its house style, fonts and page are
     * the run's). Shared by the run's threads; the first {@link #AT_MOST} kept, the others measured
     * each time.
     */
    static final class Measured {
        static final int AT_MOST = 1024;

        private record Key(Note note, String language, boolean rtl, Messages words) {
        }

        private final Map<Key, List<Line>> known = new ConcurrentHashMap<>();

        /** How many notes are kept (for the tests). */
        int size() {
            return known.size();
        }
    }

    static NoteSizes measure(PdfPass pass, List<Note> notes) {
        Map<Integer, List<Line>> lines = new HashMap<>();
        Document document = pass.document();
        Measured measured = pass.measured();
        Measurer measurer = null;
        for (Note note : notes) {
            Measured.Key key = new Measured.Key(note, document.info().language(), document.info().direction()
                    .isRightToLeft(), document.messages());
            List<Line> known = measured.known.get(key);
            if (known == null) {
                measurer = measurer == null ? new Measurer(pass) : measurer;
                known = measurer.lines(note);
                // a few more than AT_MOST when threads add at once: bounded all the same
                if (measured.known.size() < Measured.AT_MOST) {
                    List<Line> raced = measured.known.putIfAbsent(key, known);
                    known = raced != null ? raced : known;
                }
            }
            lines.put(note.number(), known);
        }
        return new NoteSizes(lines);
    }

    /** Measures notes in a layout of their own beside {@code pass}'s. */
    private static final class Measurer {
        private final PdfPass pass;
        private final FootNoteGeometry geometry;
        private final float between;
        private final DocumentRenderer parent;

        Measurer(PdfPass pass) {
            this.pass = pass;
            geometry = FootNoteGeometry.of(pass);
            between = FootNoteGeometry.between(pass.styling());
            parent = new DocumentRenderer(pass.layout(), false);
        }

        List<Line> lines(Note note) {
            float top = 100_000;
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
            return List.copyOf(measured);
        }
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
