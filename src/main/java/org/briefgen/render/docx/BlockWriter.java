package org.briefgen.render.docx;

import static org.briefgen.render.docx.Measure.twips;

import java.math.BigInteger;
import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Inline;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes body blocks into a {@link Container} as styled Word paragraphs: headings as Heading n,
 * lists as List Bullet / List Number with Word numbering, quotations as Quote, charts through
 * {@link WordCharts}, tables through {@link WordTables}. {@code paragraphStyle} is the style of plain
 * paragraphs here (Normal, Footnote Text, or Quote inside a quotation); {@code listStyle}, {@code listNum}
 * and {@code level} the list paragraph style and numbering in force and the nesting level (-1 outside lists).
 */
record BlockWriter(Container container, RunWriter runs, WordNumbering numbering, WordTables tables, WordCharts charts,
        double bodySize, String paragraphStyle, String listStyle, BigInteger listNum, int level)
        implements
            Block.Visitor<Void> {

    BlockWriter(Container container, RunWriter runs, WordNumbering numbering, WordTables tables, WordCharts charts,
            double bodySize) {
        this(container, runs, numbering, tables, charts, bodySize, container.paragraphStyle(), null, null, -1);
    }

    private BlockWriter with(String style, String newListStyle, BigInteger num, int newLevel) {
        return new BlockWriter(container, runs, numbering, tables, charts, bodySize, style, newListStyle, num,
                newLevel);
    }

    void writeAll(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    XWPFParagraph styled(String style) {
        XWPFParagraph p = container.paragraph();
        if (!WordStyles.NORMAL.equals(style)) {
            p.setStyle(style);
        }
        return p;
    }

    @Override
    public Void heading(Block.Heading h) {
        runs.write(styled(WordStyles.heading(h.level())), h.inlines());
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph paragraph) {
        runs.write(styled(paragraphStyle), paragraph.inlines());
        return null;
    }

    @Override
    public Void bulletList(Block.BulletList list) {
        return list(list.items(), WordStyles.LIST_BULLET, numbering.bullets());
    }

    @Override
    public Void orderedList(Block.OrderedList list) {
        return list(list.items(), WordStyles.LIST_NUMBER, numbering.ordered(list.start()));
    }

    /**
     * Each item's first paragraph carries the number or bullet; its later paragraphs sit at the
     * item's indent without one. The list as a whole is followed by a paragraph's space.
     */
    private Void list(List<Block.ListItem> items, String style, BigInteger num) {
        BlockWriter inner = with(paragraphStyle, style, num, level + 1);
        XWPFParagraph last = null;
        for (Block.ListItem item : items) {
            boolean first = true;
            for (Block block : item.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    XWPFParagraph para = inner.styled(style);
                    if (first) {
                        para.setNumID(num);
                        para.setNumILvl(BigInteger.valueOf(level + 1));
                    } else {
                        para.setNumID(BigInteger.ZERO);
                        para.setIndentationLeft(WordNumbering.textIndent(bodySize, level + 1));
                        para.setIndentationHanging(0);
                    }
                    runs.write(para, p.inlines());
                    last = para;
                } else {
                    block.accept(inner);
                    last = null;
                }
                first = false;
            }
        }
        if (last != null && level < 0) {
            last.setSpacingAfter(twips(bodySize * 0.75));
        }
        return null;
    }

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        with(WordStyles.QUOTE, listStyle, listNum, level).writeAll(quote.blocks());
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        tables.write(container.table(), table, runs);
        return null;
    }

    @Override
    public Void chart(Block.Chart chart) {
        if (container.holdsCharts()) {
            charts.write(styled(WordStyles.NORMAL), chart);
        } else {
            // a footnote cannot hold a chart: its data as text
            runs.write(styled(paragraphStyle), List.of(new Inline.Text(charts.altText(chart))));
        }
        for (int i = 0; i < chart.notes().size(); i++) {
            XWPFParagraph note = styled(WordStyles.CAPTION);
            note.createRun().setText(WordText.clean(chart.notes().get(i)));
            if (i == chart.notes().size() - 1) {
                note.setSpacingAfter(twips(bodySize * 0.9));
            }
        }
        return null;
    }

    @Override
    public Void codeBlock(Block.CodeBlock code) {
        XWPFParagraph p = styled(WordStyles.SOURCE_CODE);
        String[] lines = code.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(WordText.clean(lines[i]));
        }
        return null;
    }

    @Override
    public Void rule(Block.Rule rule) {
        styled(WordStyles.RULE).setAlignment(ParagraphAlignment.LEFT);
        return null;
    }
}
