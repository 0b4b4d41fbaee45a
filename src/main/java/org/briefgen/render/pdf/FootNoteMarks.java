package org.briefgen.render.pdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.itextpdf.layout.IPropertyContainer;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

/**
 * Where a layout set each note's marker: its page, and the bottom of the line that holds it (the
 * lowest a page's foot may reach and keep the marker on the page). Read from iText's laid-out
 * renderers before anything is drawn.
 */
final class FootNoteMarks {

    /** The marker of note {@code note}: on {@code page}, its line's bottom {@code lineBottom} points above the page's edge. */
    record Mark(int note, int page, float lineBottom) {
    }

    private final Map<Integer, Mark> byNote;
    private final int pages;
    /** The bottom of the lowest block of the body on each page, in points above the page's edge. */
    private final Map<Integer, Float> bottoms;

    private FootNoteMarks(Map<Integer, Mark> byNote, int pages, Map<Integer, Float> bottoms) {
        this.byNote = byNote;
        this.pages = pages;
        this.bottoms = bottoms;
    }

    /** The markers of {@code pass}, read from its laid-out body. */
    static FootNoteMarks of(PdfPass pass) {
        Map<Integer, Mark> found = new TreeMap<>();
        Map<Integer, Float> bottoms = new TreeMap<>();
        for (IRenderer child : pass.pages().getChildRenderers()) {
            walk(child, null, pass.markers, found);
            if (child.getOccupiedArea() != null) {
                bottoms.merge(child.getOccupiedArea().getPageNumber(), child.getOccupiedArea().getBBox().getBottom(),
                        Math::min);
            }
        }
        return new FootNoteMarks(found, pass.pageCount(), bottoms);
    }

    /** The markers {@code renderer} holds (its laid-out lines), by note number. */
    static Map<Integer, Mark> in(IRenderer renderer, Map<Text, Integer> markers) {
        Map<Integer, Mark> found = new TreeMap<>();
        walk(renderer, null, markers, found);
        return found;
    }

    /** Markers found as a layout is being made: {@code pages} pages, no bottoms known (not for {@link #contentBottom}). */
    static FootNoteMarks of(Map<Integer, Mark> byNote, int pages) {
        return new FootNoteMarks(byNote, pages, Map.of());
    }

    private static void walk(IRenderer renderer, LineRenderer line, Map<Text, Integer> markers,
            Map<Integer, Mark> found) {
        LineRenderer holder = renderer instanceof LineRenderer l ? l : line;
        IPropertyContainer model = renderer.getModelElement();
        // a right-to-left line's pieces are cut from the body's texts: the marker is found by its source
        Integer note = model instanceof Text text ? markers.get(BidiParagraphRenderer.source(text)) : null;
        if (note != null && holder != null && renderer.getOccupiedArea() != null) {
            // a marker set twice (never expected) counts where it is first
            found.putIfAbsent(note, new Mark(note, renderer.getOccupiedArea().getPageNumber(),
                    holder.getOccupiedArea().getBBox().getBottom()));
        }
        List<? extends IRenderer> children = renderer instanceof ParagraphRenderer p && p.getLines() != null
                ? p.getLines() : renderer.getChildRenderers();
        if (children != null) {
            for (IRenderer child : children) {
                walk(child, holder, markers, found);
            }
        }
    }

    /** The page of note {@code note}'s marker; a note nothing cites goes with the last page. */
    int page(int note) {
        Mark mark = byNote.get(note);
        return mark == null ? pages : mark.page();
    }

    /** The markers on {@code page}, by note number. */
    List<Mark> on(int page) {
        return byNote.values().stream().filter(m -> m.page() == page).toList();
    }

    /** The bottom of the body's lowest block on {@code page} (its margin included), or the page's top if none. */
    float contentBottom(int page) {
        return bottoms.getOrDefault(page, Float.MAX_VALUE);
    }
}
