package org.briefgen.render.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.briefgen.document.Document;
import org.briefgen.render.pdf.file.PdfMetadata;

import com.itextpdf.kernel.pdf.PdfString;

/**
 * Decides how much of each page's foot a letter's notes take, page by page as a typesetter does,
 * and makes the PDF from the layout that keeps every marker on the page of its note.
 *
 * <p>The body is laid out with nothing kept; then, from the first page on, a page's foot is given
 * the notes whose markers it holds (after what continues from the page before). When they do not
 * fit below the lowest marker's line, the note is split there, at least two lines on the marker's
 * page and the rest at the next page's foot; when not even that fits, the marker's line moves to
 * the next page. Each change lays the body out again; a page already decided is never changed by a
 * later one, so the number of layouts is bounded (a letter whose notes all stand on one page
 * takes two). Deterministic: the same document gives the same decisions.
 *
 * <p>A letter is first laid out once, each page's foot decided by the same rule ({@link #foot}) as
 * the body reaches it ({@link FootFit}); these layouts are made only for a letter that layout cannot
 * make.
 */
final class FootNotePlanner {

    /** Layouts at most, however the pages fall: past it, the notes flow on as the last plan says. */
    private static final int MAX_LAYOUTS = 12;
    /** Decisions of one page at most, should moving a line move others back (widows, keep-with-next). */
    private static final int MAX_TRIES = 3;

    private final NoteSizes sizes;
    final FootNoteGeometry geometry;

    FootNotePlanner(PdfPass first, NoteSizes sizes) {
        this.sizes = sizes;
        this.geometry = FootNoteGeometry.of(first);
    }

    /** The PDF of {@code document} with its notes at the foot of the pages that cite them. */
    static PdfRenderer.Output render(Document document, PdfRenderer.Parts parts) {
        PdfString id = PdfMetadata.documentId(document);
        if (!document.info().direction().isRightToLeft()) {
            // laid out once, each page's foot decided as the body reaches it; the planner's layouts only if that fails
            PdfPass once = PdfPass.fitted(document, id, parts);
            if (once != null) {
                return once.finish();
            }
        }
        return planned(document, id, parts);
    }

    /** The PDF as the planner makes it, laying the body out again as each page's foot is decided. */
    static PdfRenderer.Output planned(Document document, PdfString id, PdfRenderer.Parts parts) {
        Map<Integer, Float> reserved = new TreeMap<>();
        // the first layout, made to decide page 1's foot, is usually dropped: it is made untagged (the same layout, less
        // work), and made again as the PDF's own only if it is kept
        PdfPass pass = new PdfPass(document, id, parts.plain(), true, reserved);
        boolean probe = parts.archival();
        // a layout is made only as far as the page being decided: one dropped for its first foot is laid out to its second page
        FootNoteMarks marks = pass.marksPast(1);
        FootNotePlanner planner = new FootNotePlanner(pass, NoteSizes.measure(pass, document.notes()));
        int layouts = 1;
        int page = 1;
        int tries = 0;
        while (layouts < MAX_LAYOUTS && pass.reaches(page)) {
            marks = pass.marksPast(page);
            float want = planner.foot(page, marks, reserved);
            float have = reserved.getOrDefault(page, 0f);
            boolean keep = Math.abs(want - have) < 0.01f || tries >= MAX_TRIES
                    || want > have && marks.contentBottom(page) >= planner.geometry.bottom() + want;
            if (keep && probe) {
                // this layout stands: it is made again, tagged, as the first was made, and page 1 decided on it
                pass = first(document, id, parts, reserved);
                probe = false;
                continue;
            }
            if (Math.abs(want - have) < 0.01f || tries >= MAX_TRIES) {
                page++;
                tries = 0;
                continue;
            }
            if (want > have && marks.contentBottom(page) >= planner.geometry.bottom() + want) {
                // the foot is free of the body already: this layout stands as it is
                reserved.put(page, want);
                pass.reserve(page, want);
                page++;
                tries = 0;
                continue;
            }
            if (want > 0) {
                reserved.put(page, want);
            } else {
                reserved.remove(page);
            }
            tries++;
            pass = new PdfPass(document, id, parts, true, reserved);
            probe = false;
            layouts++;
        }
        return (probe ? first(document, id, parts, reserved) : pass).finish();
    }

    /** The first layout as the PDF's own: laid out past page 1 and its notes measured, as the untagged one was. */
    private static PdfPass first(Document document, PdfString id, PdfRenderer.Parts parts,
            Map<Integer, Float> reserved) {
        PdfPass pass = new PdfPass(document, id, parts, true, reserved);
        pass.marksPast(1);
        NoteSizes.measure(pass, document.notes());
        return pass;
    }

    /** The points page {@code page}'s foot should keep (its rule included), given the pages before it. */
    float foot(int page, FootNoteMarks marks, Map<Integer, Float> reserved) {
        Deque<NoteSizes.Line> queue = new ArrayDeque<>();
        for (int before = 1; before < page; before++) {
            enqueue(queue, marks.on(before));
            take(queue, reserved.getOrDefault(before, 0f));
        }
        int carried = queue.size();
        List<FootNoteMarks.Mark> here = marks.on(page);
        enqueue(queue, here);
        if (queue.isEmpty()) {
            return 0;
        }
        float all = geometry.rule() + height(queue);
        if (here.isEmpty()) {
            // only the rest of a note from the page before: at most half the page, the body goes on
            return part(queue);
        }
        float lowest = here.stream().map(FootNoteMarks.Mark::lineBottom).min(Float::compare).orElseThrow();
        float room = lowest - geometry.bottom() - geometry.safety();
        if (all <= room) {
            return all;
        }
        float space = room - geometry.rule() - geometry.between();
        List<NoteSizes.Line> queued = new ArrayList<>(queue);
        int lines = count(queue, space);
        if (lines > 0 && lines < queued.size() && leftOf(queued, lines) == 1) {
            // one line would go on alone: a line fewer here, two on the next page
            lines--;
        }
        float fits = (float) queued.subList(0, lines).stream().mapToDouble(NoteSizes.Line::height).sum();
        if (splitsWell(queued, carried, lines)) {
            return geometry.rule() + geometry.between() + fits;
        }
        // a note would stand apart from its marker, or split leaving one line: the marker's line goes to the next page,
        // with what continues from the page before still set here
        float carry = part(new ArrayDeque<>(new ArrayList<>(queue).subList(0, carried)));
        return Math.max(lowest - geometry.bottom() + 1, carried > 0 ? carry : 0);
    }

    /**
     * Whether setting the first {@code lines} of {@code queue} here splits the notes as a typesetter
     * would: all that continues from the page before, at least two lines of each note cited here (or
     * all of a shorter one), and at least two lines of the note that goes on to the next page.
     */
    /** How many lines of the note that line {@code lines} of {@code queue} belongs to are left from it on. */
    private static int leftOf(List<NoteSizes.Line> queue, int lines) {
        int note = queue.get(lines).note();
        return (int) queue.subList(lines, queue.size()).stream().filter(l -> l.note() == note).count();
    }

    private static boolean splitsWell(List<NoteSizes.Line> queue, int carried, int lines) {
        if (lines < carried) {
            return false;
        }
        Map<Integer, int[]> counts = new TreeMap<>();
        for (int i = carried; i < queue.size(); i++) {
            int[] count = counts.computeIfAbsent(queue.get(i).note(), n -> new int[2]);
            count[0]++;
            if (i < lines) {
                count[1]++;
            }
        }
        for (int[] count : counts.values()) {
            int set = count[1];
            int left = count[0] - count[1];
            if (set < Math.min(2, count[0]) || left > 0 && left < 2) {
                return false;
            }
        }
        return true;
    }

    /** The foot for what continues from the page before, at most half the page: the body goes on. */
    private float part(Deque<NoteSizes.Line> queue) {
        float half = geometry.contentHeight() / 2 - geometry.rule() - geometry.between();
        return geometry.rule() + geometry.between() + fitting(queue, half);
    }

    private void enqueue(Deque<NoteSizes.Line> queue, List<FootNoteMarks.Mark> marks) {
        for (FootNoteMarks.Mark mark : marks) {
            queue.addAll(sizes.lines(mark.note()));
        }
    }

    /**
     * Takes from {@code queue} the lines a foot of {@code reserved} points (its rule included) holds, as
     * iText sets them: a note's last line brings its spacing (in its height); a note cut at the foot's
     * end keeps the spacing free below its part.
     */
    private void take(Deque<NoteSizes.Line> queue, float reserved) {
        float room = reserved - geometry.rule();
        List<NoteSizes.Line> lines = new ArrayList<>(queue);
        float used = 0;
        int fit = 0;
        for (int i = 0; i < lines.size(); i++) {
            used += lines.get(i).height();
            boolean ends = i == lines.size() - 1 || lines.get(i + 1).note() != lines.get(i).note();
            if (used > room - (ends ? 0 : geometry.between()) + 0.5f) {
                break;
            }
            fit = i + 1;
        }
        for (int i = 0; i < fit; i++) {
            queue.pollFirst();
        }
    }

    private static float fitting(Deque<NoteSizes.Line> queue, float height) {
        float used = 0;
        for (NoteSizes.Line line : queue) {
            if (used + line.height() > height + 0.5f) {
                break;
            }
            used += line.height();
        }
        return used;
    }

    private static int count(Deque<NoteSizes.Line> queue, float height) {
        float used = 0;
        int n = 0;
        for (NoteSizes.Line line : queue) {
            if (used + line.height() > height + 0.5f) {
                break;
            }
            used += line.height();
            n++;
        }
        return n;
    }

    private static float height(Deque<NoteSizes.Line> queue) {
        float sum = 0;
        for (NoteSizes.Line line : queue) {
            sum += line.height();
        }
        return sum;
    }
}
