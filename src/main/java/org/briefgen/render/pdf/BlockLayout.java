package org.briefgen.render.pdf;

import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Inline;
import org.briefgen.render.pdf.stream.StreamedTable;
import org.briefgen.render.pdf.typeset.ListItemsKept;

import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.BaseDirection;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * Lays out body blocks as iText elements, in the house style ({@code s}), at text size {@code size};
 * {@code breakRules}: whether paragraphs keep the widow and orphan rules (not notes, which split at any line
 * at a page's foot).
 */
record BlockLayout(PdfStyle s, InlineLayout inlines, float size, Typesetter typesetting, boolean breakRules)
        implements
            Block.Visitor<IBlockElement> {

    BlockLayout(PdfStyle styling, InlineLayout inlines, Typesetter typesetting) {
        this(styling, inlines, styling.bodySize(), typesetting, true);
    }

    /** The same layout at another text size, for notes: set smaller, and free to split at any line. */
    BlockLayout sized(float newSize) {
        return new BlockLayout(s, inlines, newSize, typesetting, false);
    }

    Paragraph paragraph(List<Inline> content) {
        Paragraph p = new Paragraph().setFont(s.body(false, false)).setFontSize(size).setFontColor(s.text)
                .setMultipliedLeading(s.leading()).setMarginTop(0).setMarginBottom(size * 0.75f);
        inlines.fill(p, content, size, false);
        return breakRules ? typesetting.body(p) : typesetting.lines(p);
    }

    @Override
    public IBlockElement heading(Block.Heading h) {
        float headingSize = (float) s.style.sizes().heading(h.level());
        Paragraph p = new Paragraph().setFont(s.heading()).setFontSize(headingSize)
                .setFontColor(h.level() <= 2 ? s.accent : s.text).setMultipliedLeading(1.2f)
                .setMarginTop(h.level() <= 2 ? size * 1.3f : size * 0.9f).setMarginBottom(size * 0.45f);
        p.setKeepWithNext(true);
        p.getAccessibilityProperties().setRole("H" + h.level());
        return inlines.fill(p, h.inlines(), headingSize, true);
    }

    @Override
    public IBlockElement paragraph(Block.Paragraph p) {
        return paragraph(p.inlines());
    }

    @Override
    public IBlockElement bulletList(Block.BulletList list) {
        com.itextpdf.layout.element.List l = new com.itextpdf.layout.element.List().setListSymbol("\u2022")
                .setSymbolIndent(size * 0.9f);
        l.setFont(s.body(false, false)).setFontSize(size).setFontColor(s.text);
        return items(l, list.items());
    }

    @Override
    public IBlockElement orderedList(Block.OrderedList list) {
        com.itextpdf.layout.element.List l = new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL)
                .setItemStartIndex(list.start()).setSymbolIndent(size * 0.6f);
        if (s.rtl) {
            // the full stop follows the number in reading order: on its left
            l.setPreSymbolText(".");
            l.setPostSymbolText("");
        } else {
            l.setPostSymbolText(".");
        }
        l.setFont(s.body(false, false)).setFontSize(size).setFontColor(s.text);
        return items(l, list.items());
    }

    private IBlockElement items(com.itextpdf.layout.element.List l, List<Block.ListItem> items) {
        l.setMarginTop(0).setMarginBottom(size * 0.75f);
        if (s.rtl) {
            // the markers on the right, where the lines start
            l.setMarginRight(size * 0.6f).setBaseDirection(BaseDirection.RIGHT_TO_LEFT);
        } else {
            l.setMarginLeft(size * 0.6f);
        }
        for (Block.ListItem item : items) {
            ListItem li = new ListItem();
            for (int i = 0; i < item.blocks().size(); i++) {
                IBlockElement element = item.blocks().get(i).accept(this);
                if (element instanceof Paragraph p) {
                    // items sit closer together than paragraphs
                    p.setMarginBottom(size * 0.3f);
                }
                li.add(element);
            }
            l.add(li);
        }
        return ListItemsKept.keep(l);
    }

    @Override
    public IBlockElement blockQuote(Block.BlockQuote quote) {
        Div div = new Div().setMarginBottom(size * 0.75f);
        if (s.rtl) {
            div.setMarginRight(size * 0.9f).setMarginLeft(size * 1.5f).setPaddingRight(size * 1.0f)
                    .setBorderRight(new SolidBorder(s.accentLight, 2.2f));
        } else {
            div.setMarginLeft(size * 0.9f).setMarginRight(size * 1.5f).setPaddingLeft(size * 1.0f)
                    .setBorderLeft(new SolidBorder(s.accentLight, 2.2f));
        }
        div.getAccessibilityProperties().setRole(StandardRoles.BLOCKQUOTE);
        // its paragraphs keep the widow and orphan rules: a quotation never breaks leaving one line behind
        for (Block block : quote.blocks()) {
            IBlockElement element = block.accept(this);
            if (element instanceof Paragraph p) {
                p.setFontColor(s.text).setMarginBottom(size * 0.5f);
            }
            div.add(element);
        }
        return div;
    }

    @Override
    public IBlockElement table(Block.Table table) {
        int columns = Math.max(table.columns().size(), table.header().size());
        Table t = new Table(UnitValue.createPercentArray(columns)).useAllAvailableWidth().setMarginBottom(size
                * 0.9f);
        headerCells(table).forEach(t::addHeaderCell);
        for (List<List<Inline>> row : table.rows()) {
            // a row is never split across pages: its cells go over together, under the repeated header
            rowCells(table, row, columns).forEach(c -> t.addCell(c.setKeepTogether(true)));
        }
        return t;
    }

    /**
     * {@code table} added to {@code layout} row by row ({@link StreamedTable}), so that a table of
     * thousands of rows is never held whole as iText elements nor as iText's tagging state (the same
     * look as {@link #table}, the header repeated on each page).
     */
    void largeTable(Block.Table table, com.itextpdf.layout.Document layout) {
        int columns = Math.max(table.columns().size(), table.header().size());
        StreamedTable t = new StreamedTable(layout, columns, () -> headerCells(table));
        int n = 0;
        for (List<List<Inline>> row : table.rows()) {
            t.row(() -> rowCells(table, row, columns), ++n == table.rows().size() ? size * 0.9f : 0);
        }
        t.end();
    }

    private List<Cell> headerCells(Block.Table table) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int n = 0; n < table.header().size(); n++) {
            int i = column(n, table.header().size());
            Cell header = cell(table.header().get(i), s.side(align(table, i)), true)
                    .setBorderBottom(new SolidBorder(s.text, 0.8f));
            header.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addEnumAttribute("Scope", "Column"));
            cells.add(header);
        }
        return cells;
    }

    private List<Cell> rowCells(Block.Table table, List<List<Inline>> row, int columns) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int n = 0; n < columns; n++) {
            int i = column(n, columns);
            List<Inline> content = i < row.size() ? row.get(i) : List.of();
            cells.add(cell(content, s.side(align(table, i)), false).setBorderBottom(new SolidBorder(s.rule, 0.5f)));
        }
        return cells;
    }

    /** The column drawn {@code n}-th from the left: a right-to-left table's first column is on the right. */
    private int column(int n, int columns) {
        return s.rtl ? columns - 1 - n : n;
    }

    private static TextAlignment align(Block.Table table, int column) {
        return switch (table.align(column)) {
            case RIGHT -> TextAlignment.RIGHT;
            case CENTER -> TextAlignment.CENTER;
            default -> TextAlignment.LEFT;
        };
    }

    private Cell cell(List<Inline> content, TextAlignment alignment, boolean bold) {
        Paragraph p = new Paragraph().setFont(s.body(bold, false)).setFontSize(size * 0.95f).setFontColor(s.text)
                .setMultipliedLeading(1.25f).setMargin(0).setTextAlignment(alignment);
        inlines.fill(p, content, size * 0.95f, bold);
        // a cell's text is data: in a right-to-left letter it reads in its own direction
        return new Cell().add(s.rtl ? BidiParagraphRenderer.attachByLine(p) : p).setBorder(Border.NO_BORDER)
                .setPaddingTop(3).setPaddingBottom(3);
    }

    /**
     * A horizontal bar chart: label, bar, value on each row. The bars are filled rectangles (vector
     * paths) and every label and value is real text, so the figures stay selectable and searchable.
     * For screen readers the chart is one Figure whose alternative text reads out all its data; the
     * notes under it (illustrative or derived figures) are ordinary paragraphs.
     */
    @Override
    public IBlockElement chart(Block.Chart chart) {
        float small = s.smallSize();
        float barHeight = size * 1.15f;
        // a right-to-left chart reads from the right: label, bar growing leftwards, value
        // its columns are fixed shares of the width, whatever their text: iText then does not measure every cell
        Table t = new Table(UnitValue.createPercentArray(s.rtl ? new float[] {12, 50, 38} : new float[] {38, 50, 12}))
                .useAllAvailableWidth().setFixedLayout();
        t.getAccessibilityProperties().setRole(null);
        double max = chart.bars().stream().mapToDouble(b -> b.value().doubleValue()).max().orElse(100);
        double scale = chart.unit().equals("%") ? 100 : Math.max(max, 1e-9);
        for (Block.Chart.Bar bar : chart.bars()) {
            Paragraph label = s.paragraph(bar.label(), false, false).setFontSize(size * 0.95f)
                    .setFontColor(s.text).setMargin(0).setMultipliedLeading(1.15f);
            Cell labelCell = untagged(new Cell().add(label).setBorder(Border.NO_BORDER).setPaddingLeft(0)
                    .setPaddingRight(8).setPaddingTop(2.5f).setPaddingBottom(2.5f)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE));
            float percent = (float) Math.max(0.5, Math.min(100, bar.value().doubleValue() / scale * 100));
            Div track = new Div().setWidth(UnitValue.createPercentValue(100)).setHeight(barHeight)
                    .setBackgroundColor(s.chartTrack);
            Div filled = new Div().setWidth(UnitValue.createPercentValue(percent)).setHeight(barHeight)
                    .setBackgroundColor(s.accent);
            if (s.rtl) {
                filled.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.RIGHT);
            }
            track.add(filled);
            Cell barCell = untagged(new Cell().add(track).setBorder(Border.NO_BORDER).setPadding(2.5f)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE));
            Paragraph value = s.paragraph(chart.format(bar, s.words), true, false).setFontSize(size * 0.95f)
                    .setFontColor(s.text).setMargin(0).setTextAlignment(s.side(TextAlignment.RIGHT));
            Cell valueCell = untagged(new Cell().add(value).setBorder(Border.NO_BORDER).setPaddingLeft(4)
                    .setPaddingRight(0).setVerticalAlignment(VerticalAlignment.MIDDLE));
            if (s.rtl) {
                labelCell.setPaddingLeft(8).setPaddingRight(0);
                valueCell.setPaddingLeft(0).setPaddingRight(4);
                t.addCell(valueCell).addCell(barCell).addCell(labelCell);
            } else {
                t.addCell(labelCell).addCell(barCell).addCell(valueCell);
            }
        }
        Div figure = new Div();
        figure.getAccessibilityProperties().setRole(StandardRoles.FIGURE)
                .setAlternateDescription(chart.altText(s.words));
        figure.add(t);
        Div block = new Div().setMarginTop(size * 0.2f).setMarginBottom(size * 0.9f).setKeepTogether(true);
        block.add(figure);
        for (String note : chart.notes()) {
            block.add(s.paragraph(note, false, true).setFontSize(small).setFontColor(s.muted)
                    .setMarginTop(small * 0.3f).setMarginBottom(0).setMultipliedLeading(1.25f));
        }
        return block;
    }

    /** A layout cell of a chart: the Figure's alternative text speaks for it. */
    private static Cell untagged(Cell cell) {
        cell.getAccessibilityProperties().setRole(null);
        return cell;
    }

    @Override
    public IBlockElement codeBlock(Block.CodeBlock code) {
        return s.paragraph(code.text(), "mono", false, false).setFontSize(size * 0.85f).setFontColor(s.text)
                .setBackgroundColor(s.chartTrack).setPadding(size * 0.5f).setMarginBottom(size * 0.75f);
    }

    @Override
    public IBlockElement rule(Block.Rule rule) {
        LineSeparator line = new LineSeparator(new SolidLine(0.5f)).setStrokeColor(s.rule).setMarginTop(size * 0.4f)
                .setMarginBottom(size * 0.8f);
        line.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return line;
    }
}
