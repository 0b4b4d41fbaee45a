package org.briefgen.render.pdf.stream;

import java.util.List;
import java.util.function.Supplier;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.kernel.pdf.tagutils.WaitingTagsManager;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.tagging.IAccessibleElement;
import com.itextpdf.layout.tagging.LayoutTaggingHelper;

/**
 * A table of any number of rows laid out in memory that does not grow with them: each row is a
 * one-row table of its own, drawn, tagged and let go as it is added, under the column headings
 * repeated at the top of every page it reaches (an artifact there, as iText repeats a header).
 * <p>
 * Why not one iText table: a tagged table keeps every cell's tagging hint, and every cell with it,
 * until the whole table is finished, when iText groups the cells into rows (its {@code
 * TableTaggingRule}); a large table flushed as it goes still grows by the whole of its rows. Here
 * the structure is made directly: one {@code Table} with a {@code THead} and a {@code TBody}, into
 * which each row's {@code TR} (the one-row table's own tag, its cells {@code TH} or {@code TD}) is
 * moved as soon as it is drawn. The {@code Table} and {@code TBody} wait (iText's waiting state)
 * until the last row, so that the rows before can be written out with their pages.
 */
public final class StreamedTable {

    private final Document layout;
    private final PdfDocument pdf;
    private final int columns;
    private final Supplier<List<Cell>> header;
    private final Object waitingTable = new Object();
    private final Object waitingBody = new Object();
    private TagTreePointer table;
    private TagTreePointer body;
    private int rows;

    /**
     * A table of {@code columns} equal columns in {@code layout}, whose headings are the cells
     * {@code header} makes (made anew each time they are drawn: iText keeps its tagging state in an
     * element, so one element is never drawn twice).
     */
    public StreamedTable(Document layout, int columns, Supplier<List<Cell>> header) {
        this.layout = layout;
        this.pdf = layout.getPdfDocument();
        this.columns = columns;
        this.header = header;
    }

    /**
     * Adds the row whose cells {@code cells} makes (it may be asked twice: once to measure the row);
     * {@code spaceAfter} is the space below it (the table's margin, on its last row).
     */
    public void row(Supplier<List<Cell>> cells, float spaceAfter) {
        if (rows == 0) {
            // the headings stay with the first row: neither alone at the foot of a page
            layout.add(row(header.get(), StandardRoles.TH).setKeepWithNext(true));
            layout.add(row(cells.get(), StandardRoles.TD).setMarginBottom(spaceAfter));
            if (pdf.isTagged()) {
                structure();
            }
        } else {
            if (!fits(row(cells.get(), StandardRoles.TD).setMarginBottom(spaceAfter))) {
                // the row begins a page: the headings again above it (kept with it, they go over together)
                Table repeated = row(header.get(), StandardRoles.TH);
                repeated.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
                layout.add(repeated.setKeepWithNext(true));
            }
            layout.add(row(cells.get(), StandardRoles.TD).setMarginBottom(spaceAfter));
            if (pdf.isTagged()) {
                new TagTreePointer(pdf).relocateKid(lastRow(), body);
            }
        }
        rows++;
        releaseHints(layout);
    }

    /** The table is complete: its structure may be written out with the last pages. */
    public void end() {
        if (body != null) {
            if (layout instanceof StreamedLayout streamed) {
                streamed.letGo(pdf.getTagStructureContext().getPointerStructElem(table));
            }
            WaitingTagsManager waiting = pdf.getTagStructureContext().getWaitingTagsManager();
            waiting.removeWaitingState(waitingBody);
            waiting.removeWaitingState(waitingTable);
            body = null;
            table = null;
        }
    }

    /**
     * Lets iText's layout forget the tagging hints of what it has drawn, and so the elements they
     * hold, letting their structure be written out with their pages. iText keeps every top-level
     * element's hint until the document is closed (its parent, the document's tag, is never
     * finished); call this only when nothing waits to be drawn (no element kept with the next).
     */
    public static void releaseHints(Document layout) {
        if (layout instanceof StreamedLayout streamed) {
            // their structure written out in the tree's order, not the order iText lets hints go
            streamed.releaseHints();
            return;
        }
        LayoutTaggingHelper hints = layout.getDefaultProperty(Property.TAGGING_HELPER);
        if (hints != null) {
            hints.releaseAllHints();
        }
    }

    /** The headings' and the first row's tags, drawn last, moved into a new Table's THead and TBody. */
    private void structure() {
        int first = lastRow() - 1;
        table = new TagTreePointer(pdf).setNextNewKidIndex(first).addTag(StandardRoles.TABLE);
        if (layout instanceof StreamedLayout streamed) {
            // not walked into for what is ready to be written: its rows go with their pages
            streamed.hold(pdf.getTagStructureContext().getPointerStructElem(table));
        }
        WaitingTagsManager waiting = pdf.getTagStructureContext().getWaitingTagsManager();
        waiting.assignWaitingState(table, waitingTable);
        TagTreePointer head = new TagTreePointer(table).addTag(StandardRoles.THEAD);
        body = new TagTreePointer(table).addTag(StandardRoles.TBODY);
        waiting.assignWaitingState(body, waitingBody);
        TagTreePointer root = new TagTreePointer(pdf);
        // the table took the headings' place: they follow it, then the first row
        root.relocateKid(first + 1, head);
        root.relocateKid(first + 1, body);
    }

    /** The index of the last tag of the document's root, which must be the row just drawn. */
    private int lastRow() {
        List<String> kids = new TagTreePointer(pdf).getKidsRoles();
        int last = kids.size() - 1;
        if (last < 0 || !StandardRoles.TR.equals(kids.get(last))) {
            throw new IllegalStateException("the row just drawn is not the document's last tag: " + kids.subList(
                    Math.max(0, last - 2), last + 1));
        }
        return last;
    }

    /** Whether {@code row} fits in what is left of the page. */
    private boolean fits(Table row) {
        LayoutArea area = layout.getRenderer().getCurrentArea();
        if (area == null) {
            return true;
        }
        IRenderer renderer = row.createRendererSubTree().setParent(layout.getRenderer());
        // measured only: no tagging hints for a row that is not drawn
        renderer.setProperty(Property.TAGGING_HELPER, null);
        return renderer.layout(new LayoutContext(area.clone())).getStatus() == LayoutResult.FULL;
    }

    /** A one-row table of {@code cells}, tagged as a row ({@code TR}) of cells {@code role}. */
    private Table row(List<Cell> cells, String role) {
        Table row = new Table(UnitValue.createPercentArray(columns)).useAllAvailableWidth().setFixedLayout();
        for (Cell cell : cells) {
            cell.getAccessibilityProperties().setRole(role);
            // the cell's text straight in its TH or TD, without a P of its own: fewer objects per row
            for (IElement content : cell.getChildren()) {
                if (content instanceof IAccessibleElement text) {
                    text.getAccessibilityProperties().setRole(null);
                }
            }
            row.addCell(cell);
        }
        row.setKeepTogether(true);
        row.getAccessibilityProperties().setRole(StandardRoles.TR);
        return row;
    }
}
