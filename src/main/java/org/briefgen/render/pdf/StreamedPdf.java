package org.briefgen.render.pdf;

import java.io.OutputStream;
import java.util.Iterator;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.Section;
import org.briefgen.render.pdf.file.PdfFileStream;
import org.briefgen.render.pdf.stream.StreamedLayout;
import org.briefgen.render.pdf.stream.StreamedTable;

import com.itextpdf.kernel.font.PdfFont;
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
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * A long document (a report of thousands of companies) written as it is laid out, in memory that
 * does not grow with its length: each page is written out and let go once the next is begun
 * (iText's immediate flush), with its structure (iText's tagging hints are let go block by block), a
 * table of thousands of rows is laid out row by row ({@link StreamedTable}), and the blocks after the
 * document's own come from an iterator, made as they are needed. Every page's foot carries its number and the number of pages,
 * which is not known until the end: that number is one form drawn on every page and filled in at
 * close. The same house style, tagging and PDF/A as {@link PdfPass}; not for letters (no frame, no
 * notes at the page foot).
 */
final class StreamedPdf extends AbstractPdfDocumentEventHandler {

    /** A table of more rows than this is laid out row by row ({@link StreamedTable}). */
    static final int LARGE_TABLE = 50;
    /** The widest number of pages the form leaves room for (six digits and their separators). */
    private static final long WIDEST = 888_888;

    private final Document document;
    private final PdfRenderer.Parts parts;
    private final PdfDocument pdf;
    private final com.itextpdf.layout.Document layout;
    private final PdfStyle styling;
    private final BlockLayout blocks;
    private final PdfFormXObject total;
    private final int firstFooter;
    private int pages;

    StreamedPdf(Document document, PdfRenderer.Parts parts, OutputStream out) {
        this.document = document;
        this.parts = parts;
        this.pdf = parts.open(document, new PdfFileStream(out, 1 << 16));
        // its structure written out in an order that depends on the document alone
        PageBox box = parts.page();
        layout = new StreamedLayout(pdf, box.size());
        layout.setMargins(box.top(), box.right(), box.bottom(), box.left());
        styling = parts.styling(document);
        blocks = parts.blocks(styling, new InlineLayout(styling, new java.util.IdentityHashMap<>()), document);
        PdfRenderer.Parts.writeBody(layout, styling, document);
        // "Page 3 of {pages}": the number of pages stands in a form of the width of the widest
        String[] around = around(1);
        String wide = pageNumber(1, WIDEST);
        float size = footerSize();
        float width = numberFont().getWidth(wide.substring(around[0].length(), wide.length() - around[1].length()),
                size);
        total = new PdfFormXObject(new Rectangle(0, 0, width, size));
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
        int count = pdf.getNumberOfPages();
        fill(count);
        layout.close();
        return count;
    }

    private void body(Chain list) {
        while (list.hasNext()) {
            Block block = list.next();
            if (block instanceof Block.Table table && table.rows().size() > LARGE_TABLE) {
                blocks.largeTable(table, layout);
                continue;
            }
            IBlockElement element = block.accept(blocks);
            if (element instanceof Paragraph paragraph && block instanceof Block.Paragraph
                    && list.peek() instanceof Block.Chart) {
                paragraph.setKeepWithNext(true);
            }
            layout.add(element);
            if (!Boolean.TRUE.equals(element.<Boolean>getProperty(Property.KEEP_WITH_NEXT))) {
                // drawn: its tagging hints let go, or iText would keep every block until the end
                StreamedTable.releaseHints(layout);
            }
        }
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
        float end = styling.rtl ? left : right;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        // repeated on every page: an artifact, not content
        canvas.openTag(new CanvasArtifact());
        try (Canvas foot = new Canvas(canvas, page.getPageSize())) {
            String reference = document.info().reference();
            if (!reference.isEmpty()) {
                foot.showTextAligned(PageFooters.footer(styling.words.text("page.reference", "reference",
                        reference), styling), start, y, styling.side(TextAlignment.LEFT), VerticalAlignment.BOTTOM);
            }
            String[] around = around(pages);
            Paragraph number = PageFooters.footer(around[0], styling);
            number.add(new Image(total));
            if (!around[1].isEmpty()) {
                number.add(new Text(around[1]));
            }
            foot.showTextAligned(number, end, y, styling.side(TextAlignment.RIGHT), VerticalAlignment.BOTTOM);
        }
        canvas.closeTag();
    }

    /** The number of pages, drawn once into the form every foot shows. */
    private void fill(int count) {
        String[] around = around(1);
        String text = pageNumber(1, count);
        String number = text.substring(around[0].length(), text.length() - around[1].length());
        PdfCanvas canvas = new PdfCanvas(total, pdf);
        canvas.beginText().setFontAndSize(numberFont(), footerSize()).setFillColor(styling.muted).moveText(0, 0)
                .showText(number).endText();
    }

    /**
     * The words before and after the number of pages in page {@code page}'s "Page 3 of 12", in the
     * document's language: what two numbers of pages that differ in every digit leave the same.
     */
    private String[] around(int page) {
        String wide = pageNumber(page, WIDEST);
        String other = pageNumber(page, 777_777);
        int start = 0;
        while (start < wide.length() && start < other.length() && wide.charAt(start) == other.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < wide.length() - start && end < other.length() - start && wide.charAt(wide.length() - 1
                - end) == other.charAt(other.length() - 1 - end)) {
            end++;
        }
        return new String[] {wide.substring(0, start), wide.substring(wide.length() - end)};
    }

    private String pageNumber(int page, long of) {
        return styling.words.text("page.number", "page", page, "pages", of);
    }

    private PdfFont numberFont() {
        return styling.body(false, false);
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
