package org.briefgen.render.pdf.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfMcr;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import com.itextpdf.kernel.pdf.tagutils.TagStructureContext;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;

/**
 * iText's layout of a long document whose pages are written out as they are finished (immediate
 * flush), whose structure elements are written out in an order that depends only on the document:
 * the same document, the same bytes.
 * <p>
 * Why: iText lets go of its tagging hints by walking a {@code HashSet} of them (whose order follows
 * identity hash codes, which change from run to run), and writes out each structure element it lets
 * go whose content is all on pages already written, in that order. Here its tagging helper is made
 * not to write anything out as it lets go ({@link #structure()} asks for it as a document laid out
 * in memory would), and {@link #writeStructure()} writes out what is ready, in the order of the
 * structure tree, up to the first element with content on a page not yet written. Pages written out still take their structure elements with them (iText's
 * {@code flushPageTags}, in the order of their marked content), so memory stays bounded.
 */
public final class StreamedLayout extends Document {

    private final TagStructureContext context;
    /** The document tag's kids not yet known to be written, in order. */
    private final List<PdfStructElem> pending = new ArrayList<>();
    /** Structure elements kept until their owner says (a table not yet finished), not walked into. */
    private final Set<PdfDictionary> held = Collections.newSetFromMap(new IdentityHashMap<>());
    private PdfStructElem root;
    /** How many of the document tag's kids have been looked at. */
    private int seen;

    /** The layout of {@code pdf} on pages of {@code size}. */
    public StreamedLayout(PdfDocument pdf, PageSize size) {
        super(pdf, size, false);
        // the tagging helper is made now, as for a document laid out in memory: it lets hints go
        // without writing their structure out; then pages are written as they are finished
        getDefaultProperty(Property.TAGGING_HELPER);
        immediateFlush = true;
        context = pdf.isTagged() ? pdf.getTagStructureContext() : null;
    }

    /** Keeps {@code element} (and what is in it) from being written out until {@link #letGo}. */
    void hold(PdfStructElem element) {
        held.add(element.getPdfObject());
    }

    /** {@code element} may be written out once its content is. */
    void letGo(PdfStructElem element) {
        held.remove(element.getPdfObject());
    }

    /**
     * Lets iText's layout forget the tagging hints of what it has drawn, and so the elements they
     * hold, then writes out the structure elements whose content is all on pages already written, in
     * the tree's order. Call it only when nothing waits to be drawn (no element kept with the next).
     */
    public void releaseHints() {
        LayoutTaggingHelper hints = getDefaultProperty(Property.TAGGING_HELPER);
        if (hints == null) {
            return;
        }
        hints.releaseAllHints();
        writeStructure();
    }

    /** Writes out, in the tree's order, each structure element whose content is all written. */
    private void writeStructure() {
        if (root == null) {
            root = context.getPointerStructElem(new TagTreePointer(pdfDocument));
        }
        PdfObject kids = root.getPdfObject().get(PdfName.K);
        int count = kids instanceof PdfArray array ? array.size() : kids == null ? 0 : 1;
        // a table's rows are moved out of the document tag as they are drawn: never counted twice
        seen = Math.min(seen, count);
        for (; seen < count; seen++) {
            PdfObject kid = kids instanceof PdfArray array ? array.get(seen) : kids;
            if (kid instanceof PdfDictionary dictionary && !dictionary.isFlushed()) {
                pending.add(new PdfStructElem(dictionary));
            }
        }
        // in the document's order: once an element has content on a page not yet written, so
        // have those after it (a table or a hint iText still holds is passed over)
        for (Iterator<PdfStructElem> it = pending.iterator(); it.hasNext();) {
            Ready ready = written(it.next());
            if (ready == Ready.WRITTEN) {
                it.remove();
            } else if (ready == Ready.PAGE_NOT_WRITTEN) {
                break;
            }
        }
    }

    /** Whether a structure element is written out, and if not, why not. */
    private enum Ready {
        WRITTEN,
        HELD,
        PAGE_NOT_WRITTEN
    }

    /** Writes {@code element} out if all it holds is written (its kids first). */
    private Ready written(PdfStructElem element) {
        if (element.isFlushed()) {
            return Ready.WRITTEN;
        }
        if (held.contains(element.getPdfObject())) {
            return Ready.HELD;
        }
        Ready ready = Ready.WRITTEN;
        for (IStructureNode kid : element.getKids()) {
            if (kid instanceof PdfStructElem inner) {
                Ready inside = written(inner);
                if (inside == Ready.PAGE_NOT_WRITTEN) {
                    return inside;
                }
                if (inside == Ready.HELD) {
                    ready = inside;
                }
            } else if (kid instanceof PdfMcr content && content.getPageObject() != null && !content.getPageObject()
                    .isFlushed()) {
                return Ready.PAGE_NOT_WRITTEN;
            }
        }
        if (ready == Ready.WRITTEN && !element.isFlushed()) {
            // iText writes it out unless it waits (a hint not let go): then it is written later;
            // (its last kid written may have taken it along: iText writes a parent whose kids all are)
            context.createPointerForStructElem(element).flushParentsIfAllKidsFlushed();
        }
        return element.isFlushed() ? Ready.WRITTEN : Ready.HELD;
    }
}
