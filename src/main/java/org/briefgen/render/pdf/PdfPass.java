package org.briefgen.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Section;
import org.briefgen.render.pdf.file.PdfBytes;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.layout.element.Text;

/**
 * One layout of a document into its own PDF: the frame and the body with each page's foot kept as
 * {@code reserved} says. Its pages can be read ({@link FootNoteMarks}) before it is finished: with
 * notes at the foot of their pages a letter is laid out until the feet fit its notes, and the last
 * layout becomes the PDF ({@link #finish}); the others are dropped unwritten.
 *
 * <p>The layout is made as far as it is asked for ({@link #marksPast}): a layout dropped because its
 * first page's foot must change is laid out only to its second page. The elements are added in the
 * same order whether the layout is made at once or in steps, so the PDF is the same.
 */
final class PdfPass {

    private final Document document;
    private final PdfRenderer.Parts parts;
    private final PdfBytes bytes = new PdfBytes(96 * 1024);
    private final PdfDocument pdf;
    private final com.itextpdf.layout.Document layout;
    private final FootNotePages pages;
    private final PdfStyle styling;
    private final BlockLayout blocks;
    private final InlineLayout inlines;
    /** The body's note markers, each with its note's number. */
    final Map<Text, Integer> markers = new IdentityHashMap<>();
    /** The points kept at each page's foot (by page number), as the body was laid out. */
    final Map<Integer, Float> reserved;
    final boolean footNotes;
    /** What is still to be added to the layout, in order: a section of the frame, or a block of the body. */
    private final Deque<Runnable> steps = new ArrayDeque<>();
    /** The markers as the layout stands ({@code null} until read, and again once it has gone on). */
    private FootNoteMarks marks;
    /** The feet decided as the body is laid out ({@link #fitted}), or {@code null}: the feet are {@link #reserved}. */
    private final FootFit fit;

    /**
     * A layout of {@code document} whose file has the ID {@code id} ({@link PdfMetadata#documentId}: a
     * digest of the document, made once for all of its layouts).
     */
    PdfPass(Document document, PdfString id, PdfRenderer.Parts parts, boolean footNotes, Map<Integer, Float> reserved) {
        this(document, id, parts, footNotes, reserved, false);
    }

    private PdfPass(Document document, PdfString id, PdfRenderer.Parts parts, boolean footNotes,
            Map<Integer, Float> reserved, boolean fitting) {
        this.document = document;
        this.parts = parts;
        this.footNotes = footNotes;
        this.reserved = new java.util.TreeMap<>(reserved);
        this.pdf = parts.open(document, id, bytes);
        layout = parts.layout(pdf, false);
        pages = new FootNotePages(layout, reserved);
        layout.setRenderer(pages);
        styling = parts.styling(document);
        inlines = new InlineLayout(styling, markers);
        blocks = parts.blocks(styling, inlines, document);
        PdfRenderer.Parts.writeBody(layout, styling, document);
        if (fitting) {
            fit = new FootFit(new FootNotePlanner(this, NoteSizes.measure(this, document.notes())), markers, pages);
            pages.fit(fit);
        } else {
            fit = null;
        }
        plan();
    }

    /**
     * The layout of {@code document} (a letter with notes at the foot of their pages) made once, each
     * page's foot decided as the body is laid out ({@link FootFit}), if every page's foot then holds
     * the notes its markers cite as the planner would have them; otherwise {@code null}.
     */
    static PdfPass fitted(Document document, PdfString id, PdfRenderer.Parts parts) {
        PdfPass pass = new PdfPass(document, id, parts, true, Map.of(), true);
        while (!pass.steps.isEmpty()) {
            pass.steps.poll().run();
            if (pass.fit.unfitted()) {
                return null;
            }
        }
        FootNoteMarks laid = FootNoteMarks.of(pass);
        FootNotePlanner planner = pass.fit.planner();
        Map<Integer, Float> feet = new java.util.TreeMap<>();
        int count = pass.pageCount();
        for (int page = 1; page <= count; page++) {
            float want = planner.foot(page, laid, feet);
            // the last page is never left: its foot is what its markers ask for
            float kept = page == count ? want : pass.fit.feet().getOrDefault(page, 0f);
            if (Math.abs(want - kept) >= 0.01f || laid.contentBottom(page) < planner.geometry.bottom() + want - 0.01f) {
                return null;
            }
            if (want > 0) {
                feet.put(page, want);
            }
        }
        if (pass.fit.feet().keySet().stream().anyMatch(page -> page > count) || pass.keptApart()) {
            return null;
        }
        pass.reserved.putAll(feet);
        // the layout is done: its finish reads these markers
        pass.marks = laid;
        return pass;
    }

    /** The steps of the layout, in order; none is taken yet. */
    private void plan() {
        LetterFrame frame = document.frame();
        FrameLayout frameLayout = parts.frameLayout();
        for (Section section : Section.of(document, parts.style().notesPlacement())) {
            switch (section) {
                case LETTERHEAD ->
                    steps.add(() -> frameLayout.letterhead(layout, frame.letterhead(), styling, inlines));
                case DATE -> steps.add(() -> frameLayout.date(layout, frame.date(), styling));
                case RECIPIENT -> steps.add(() -> frameLayout.recipient(layout, frame.recipient(), styling, inlines));
                case SALUTATION ->
                    steps.add(() -> frameLayout.salutation(layout, frame.salutation(), styling, inlines));
                case SUBJECT -> steps.add(() -> frameLayout.subject(layout, frame.subject(), styling, inlines));
                case TITLE_PAGE ->
                    steps.add(() -> parts.titlePageLayout().titlePage(layout, document.cover(), styling));
                case BODY -> body(frame != null);
                case NOTES -> {
                    if (!footNotes) {
                        steps.add(() -> NotesLayout.notes(layout, document.notes(), styling, blocks, inlines));
                    }
                }
                case CLOSING ->
                    steps.add(() -> layout.add(withFit(() -> frameLayout.closing(frame, styling, inlines))));
            }
        }
    }

    /**
     * The body's blocks, kept as a typesetter keeps them ({@link KeptWithNext}): a heading with what
     * it heads, a paragraph that asks the question a chart answers with the chart, a lead-in with
     * what it introduces; a letter's last paragraph stays with the closing beneath it. A run of
     * blocks each kept with the next (a heading over a heading, a heading over a lead-in) is one
     * block that is never split, kept with the block after the run: iText keeps one element with the
     * next, so the first of a run would stay behind when the rest moves over.
     */
    private void body(boolean letter) {
        var list = document.blocks();
        int i = 0;
        while (i < list.size()) {
            int end = i;
            while (end < list.size() && KeptWithNext.block(list, end, letter)) {
                end++;
            }
            if (end - i >= 2) {
                var run = list.subList(i, end);
                steps.add(() -> layout.add(withFit(() -> KeptWithNext.together(run, blocks))));
                i = end;
            } else {
                Block block = list.get(i);
                boolean keep = end > i;
                steps.add(() -> layout.add(withFit(() -> KeptWithNext.one(block, keep, blocks))));
                i++;
            }
        }
    }

    /**
     * Whether a block citing a note, kept with the block after it, stands on an earlier page than that
     * block: iText tries the next block below a block it holds back before that block is set, so
     * before the page's foot grows for its notes, and a block that fitted in the trial may then not
     * (the planner's layouts keep the foot from the start, and the two together).
     */
    private boolean keptApart() {
        java.util.List<com.itextpdf.layout.renderer.IRenderer> children = pages.getChildRenderers();
        for (int i = 0; i + 1 < children.size(); i++) {
            com.itextpdf.layout.renderer.IRenderer kept = children.get(i);
            com.itextpdf.layout.renderer.IRenderer next = children.get(i + 1);
            if (kept.getModelElement() != next.getModelElement() && fit.cites(kept) && Boolean.TRUE.equals(kept
                    .<Boolean>getProperty(com.itextpdf.layout.properties.Property.KEEP_WITH_NEXT)) && kept
                            .getOccupiedArea().getPageNumber() < next.getOccupiedArea().getPageNumber()) {
                return true;
            }
        }
        return false;
    }

    /** The block {@code make} makes, laid out by the fit if it cites a note, else once in the same area (left to right). */
    private com.itextpdf.layout.element.IBlockElement withFit(
            java.util.function.Supplier<com.itextpdf.layout.element.IBlockElement> make) {
        int before = markers.size();
        com.itextpdf.layout.element.IBlockElement element = make.get();
        return fit != null && markers.size() > before ? fit.attach(element) : styling.rtl ? element
                : pages.same().attach(element);
    }

    /**
     * Lays out until page {@code page} is done (the layout has gone on to a later page, so nothing
     * more can come on it: what waits to be kept with the next element stands on the last page) or
     * the whole document is laid out; whether anything more was laid out.
     */
    private boolean layOutPast(int page) {
        boolean more = false;
        while (!steps.isEmpty() && pdf.getNumberOfPages() <= page) {
            steps.poll().run();
            more = true;
        }
        return more;
    }

    /** Whether the whole layout has a page {@code page}, laying out only as far as it takes to know. */
    boolean reaches(int page) {
        while (!steps.isEmpty() && pdf.getNumberOfPages() < page) {
            steps.poll().run();
            marks = null;
        }
        return page <= pdf.getNumberOfPages();
    }

    /**
     * The markers of the layout laid out past page {@code page}: those on it and on the pages
     * before are where the whole layout sets them, as is the bottom of the body on those pages.
     */
    FootNoteMarks marksPast(int page) {
        if (layOutPast(page) || marks == null) {
            marks = FootNoteMarks.of(this);
        }
        return marks;
    }

    /**
     * Keeps {@code points} at the foot of {@code page} of this layout as it is: only where nothing of
     * the body stands in them ({@link FootNoteMarks#contentBottom}), so the body lays out the same.
     */
    void reserve(int page, float points) {
        reserved.put(page, points);
    }

    /** How many pages the body and frame take (as far as they are laid out). */
    int pageCount() {
        return pdf.getNumberOfPages();
    }

    PageBox page() {
        return parts.page();
    }

    FootNotePages pages() {
        return pages;
    }

    PdfStyle styling() {
        return styling;
    }

    /** The note's layout, as it is set at a page's foot. */
    com.itextpdf.layout.element.Div note(org.briefgen.document.Note note) {
        return NotesLayout.note(note, styling, blocks.sized(styling.smallSize()), inlines);
    }

    com.itextpdf.layout.Document layout() {
        return layout;
    }

    /** The document laid out. */
    Document document() {
        return document;
    }

    /** The notes measured in this pass's run. */
    NoteSizes.Measured measured() {
        return parts.notes();
    }

    /** The rest of the layout, the notes at the feet (if any), the footers, then the PDF's bytes and its number of pages. */
    PdfRenderer.Output finish() {
        if (footNotes) {
            FootNotesLayout.flow(this, document.notes(), marksPast(Integer.MAX_VALUE));
        } else {
            layOutPast(Integer.MAX_VALUE);
        }
        int count = pdf.getNumberOfPages();
        parts.footers().add(layout, count, document.info(), styling, document.cover() != null ? 2 : 1);
        for (int number = 1; number <= count; number++) {
            // PDF/UA: pages with links are navigated in structure order
            pdf.getPage(number).setTabOrder(PdfName.S);
        }
        layout.close();
        return new PdfRenderer.Output(bytes.toByteArray(), count);
    }
}
