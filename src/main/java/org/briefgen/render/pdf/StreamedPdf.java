package org.briefgen.render.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.Section;
import org.briefgen.render.pdf.stream.StreamedLayout;
import org.briefgen.render.pdf.stream.StreamedTable;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * A document that is not a letter (a research briefing naming thousands of companies, a report of
 * thousands) written as it is laid out, in memory that does not grow with its length: each page is
 * written out and let go once the next is begun (iText's immediate flush), with its structure
 * (iText's tagging hints are let go block by block), a table of thousands of rows is laid out row
 * by row ({@link StreamedTable}), and the blocks after the document's own may come from an
 * iterator, made as they are needed. Blocks are kept together as {@link PdfPass} keeps them
 * ({@link KeptWithNext}). Every page's foot carries "Page 3 of 12", whose number of pages is not
 * known until the end: each foot's number is a small form, placed as the page is written and
 * filled in at close, right-aligned as a foot laid out whole has it. The same house style, tagging
 * and PDF/A as {@link PdfPass}; not for letters (no frame, no notes at the page foot).
 */
final class StreamedPdf extends AbstractPdfDocumentEventHandler {

    /** A table of more rows than this is laid out row by row ({@link StreamedTable}). */
    static final int LARGE_TABLE = 50;

    private final Document document;
    private final PdfRenderer.Parts parts;
    private final PdfDocument pdf;
    private final com.itextpdf.layout.Document layout;
    private final PdfStyle styling;
    private final BlockLayout blocks;
    private final int firstFooter;
    /** The feet's "Page n of N" written before N was known (from the first page with a foot on), in order. */
    private final List<PdfFormXObject> waiting = new ArrayList<>();
    private int pages;
    /** The number of pages, once known (0 until then). */
    private int count;

    /** {@code out}: where the PDF goes, buffered by the caller (a file's {@link org.briefgen.render.pdf.file.PdfFileStream}, or {@link org.briefgen.render.pdf.file.PdfBytes}). */
    StreamedPdf(Document document, PdfRenderer.Parts parts, OutputStream out) {
        this.document = document;
        this.parts = parts;
        this.pdf = parts.open(document, out);
        // its structure written out in an order that depends on the document alone
        PageBox box = parts.page();
        layout = new StreamedLayout(pdf, box.size());
        layout.setMargins(box.top(), box.right(), box.bottom(), box.left());
        styling = parts.styling(document);
        blocks = parts.blocks(styling, new InlineLayout(styling, new java.util.IdentityHashMap<>()), document);
        PdfRenderer.Parts.writeBody(layout, styling, document);
        firstFooter = document.cover() != null ? 2 : 1;
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, this);
    }

    /** Lays out the document's blocks, then {@code more}; closes the PDF; its number of pages. */
    int write(Iterator<Block> more) {
        for (Section section : Section.of(document, parts.style().notesPlacement())) {
            switch (section) {
                case TITLE_PAGE -> parts.titlePageLayout().titlePage(layout, document.cover(), styling);
                case BODY -> body(new Chain(document.blocks().iterator(), more));
                case NOTES -> NotesLayout.notes(layout, document.notes(), styling, blocks, new InlineLayout(styling,
                        new java.util.IdentityHashMap<>()));
                default -> throw new IllegalStateException("a streamed document has no letter frame: " + section);
            }
        }
        fill(pdf.getNumberOfPages());
        layout.close();
        return count;
    }

    /**
     * The body's blocks, kept as {@link PdfPass} keeps them: a block {@link KeptWithNext} with the
     * next; a run of two or more such blocks as one block that never splits, kept with the block
     * after the run. One block ahead is all it takes to know.
     */
    private void body(Chain list) {
        List<Block> run = new ArrayList<>();
        while (list.hasNext()) {
            Block block = list.next();
            Block next = list.peek();
            if (KeptWithNext.block(next == null ? List.of(block) : List.of(block, next), 0, false)) {
                run.add(block);
                continue;
            }
            addRun(run);
            if (block instanceof Block.Table table && table.rows().size() > LARGE_TABLE) {
                blocks.largeTable(table, layout);
                continue;
            }
            layout.add(block.accept(blocks));
            // drawn: its tagging hints let go, or iText would keep every block until the end
            StreamedTable.releaseHints(layout);
        }
        // a run at the body's end stays with what follows it (the notes)
        addRun(run);
    }

    /** Adds the blocks kept with the next that {@code run} gathered, as {@link PdfPass} does; empties it. */
    private void addRun(List<Block> run) {
        if (run.size() == 1) {
            layout.add(KeptWithNext.one(run.get(0), true, blocks));
        } else if (run.size() > 1) {
            layout.add(KeptWithNext.together(run, blocks));
        }
        run.clear();
    }

    /** Each page's foot as the page is finished, before it is written out. */
    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        pages++;
        if (pdf.isTagged() && pages > 1 && pdf.getPage(pages - 1).isFlushed()) {
            // the page before is written: its entry of the structure's parent tree too (iText would
            // keep every page's marked-content references until the end)
            pdf.getStructTreeRoot().createParentTreeEntryForPage(pdf.getPage(pages - 1));
        }
        // PDF/UA: pages with links are navigated in structure order
        page.setTabOrder(PdfName.S);
        if (pages < firstFooter) {
            return;
        }
        PageBox box = parts.page();
        float y = box.bottom() * 0.45f;
        float left = box.left();
        float right = box.width() - box.right();
        float start = styling.rtl ? right : left;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        // repeated on every page: an artifact, not content
        canvas.openTag(new CanvasArtifact());
        String reference = document.info().reference();
        if (!reference.isEmpty()) {
            try (Canvas foot = new Canvas(canvas, page.getPageSize())) {
                foot.showTextAligned(PageFooters.footer(styling.words.text("page.reference", "reference",
                        reference), styling), start, y, styling.side(TextAlignment.LEFT), VerticalAlignment.BOTTOM);
            }
        }
        // the number, as wide as the text: set against the right margin (the left in a right-to-left document)
        float width = right - left;
        float size = footerSize();
        PdfFormXObject number = new PdfFormXObject(new Rectangle(0, -size, width, size * 3));
        canvas.addXObjectWithTransformationMatrix(number, 1, 0, 0, 1, left, y);
        canvas.closeTag();
        if (count > 0) {
            // the last pages are written as the document closes, once the number of pages is known
            number(number, pages);
        } else {
            waiting.add(number);
        }
    }

    /** Each foot's "Page n of N" waiting for N, drawn into its form now that the number of pages is known. */
    private void fill(int pageCount) {
        count = pageCount;
        for (int i = 0; i < waiting.size(); i++) {
            number(waiting.get(i), firstFooter + i);
        }
        waiting.clear();
    }

    /** Draws "Page {@code page} of N" into {@code form}, against its right edge (its left in a right-to-left document). */
    private void number(PdfFormXObject form, int page) {
        Rectangle box = form.getBBox().toRectangle();
        try (Canvas canvas = new Canvas(form, pdf)) {
            canvas.showTextAligned(PageFooters.footer(styling.words.text("page.number", "page", page, "pages", count),
                    styling), styling.rtl ? 0 : box.getWidth(), 0, styling.side(TextAlignment.RIGHT),
                    VerticalAlignment.BOTTOM);
        }
        // written out now: a report's thousands of feet would otherwise wait in memory for the file's end
        form.flush();
    }

    private float footerSize() {
        return styling.smallSize() * 0.95f;
    }

    /** The document's blocks, then the ones made as needed; one block ahead is known (a chart's question). */
    private static final class Chain {
        private final Iterator<Block> first;
        private final Iterator<Block> then;
        private Block next;

        Chain(Iterator<Block> first, Iterator<Block> then) {
            this.first = first;
            this.then = then;
            advance();
        }

        private void advance() {
            next = first.hasNext() ? first.next() : then.hasNext() ? then.next() : null;
        }

        boolean hasNext() {
            return next != null;
        }

        Block next() {
            Block b = next;
            advance();
            return b;
        }

        Block peek() {
            return next;
        }
    }
}
