package org.briefgen.render.text;

import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Inline;
import org.briefgen.i18n.Messages;

/** Body blocks as plain text blocks, separated by blank lines; lists, quotes and charts by their prefixes. */
final class TextBlocks implements Block.Visitor<Void> {

    private final StringBuilder out;
    /** What starts each line here: indentation of list items, "> " in quotations. */
    private final String prefix;
    /** The line that separates the next block from the one before; outside a quotation for its first block. */
    private String separator;

    /** The document's own words: chart values in its language. */
    private final Messages words;

    TextBlocks(Messages words) {
        this(new StringBuilder(8 * 1024), "", "", words);
    }

    private TextBlocks(StringBuilder out, String prefix, String firstSeparator, Messages words) {
        this.words = words;
        this.out = out;
        this.prefix = prefix;
        this.separator = firstSeparator;
    }

    String text() {
        return out.toString();
    }

    void writeAll(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    /** A block of text: a blank line before it (unless it is the first), {@code prefix} before each line. */
    void block(String text) {
        separate();
        lines(text, prefix, prefix);
    }

    private void separate() {
        if (out.length() > 0) {
            out.append(separator).append('\n');
        }
        separator = prefix.stripTrailing();
    }

    private void lines(String text, String first, String rest) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? first : rest).append(lines[i]).append('\n');
        }
    }

    @Override
    public Void heading(Block.Heading h) {
        String text = TextInlines.of(h.inlines());
        block(h.level() <= 2 ? text + "\n" + (h.level() == 1 ? "=" : "-").repeat(Math.min(72, text.length())) : text);
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        block(TextInlines.of(p.inlines()));
        return null;
    }

    @Override
    public Void bulletList(Block.BulletList list) {
        list(list.items(), -1);
        return null;
    }

    @Override
    public Void orderedList(Block.OrderedList list) {
        list(list.items(), list.start());
        return null;
    }

    /** Items sit on consecutive lines; an item's later blocks are indented under its first. */
    private void list(List<Block.ListItem> items, int start) {
        separate();
        int number = start;
        for (Block.ListItem item : items) {
            String marker = start < 0 ? "- " : (number++) + ". ";
            String indent = prefix + " ".repeat(marker.length());
            TextBlocks inner = new TextBlocks(out, indent, "", words);
            boolean first = true;
            for (Block block : item.blocks()) {
                if (first && block instanceof Block.Paragraph p) {
                    lines(TextInlines.of(p.inlines()), prefix + marker, indent);
                } else if (first) {
                    out.append(prefix).append(marker.strip()).append('\n');
                    block.accept(inner);
                } else {
                    block.accept(inner);
                }
                first = false;
            }
        }
    }

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        new TextBlocks(out, prefix + "> ", separatorHere(), words).writeAll(quote.blocks());
        separator = prefix.stripTrailing();
        return null;
    }

    private String separatorHere() {
        return out.length() == 0 ? "" : separator;
    }

    @Override
    public Void table(Block.Table table) {
        StringBuilder sb = new StringBuilder();
        if (!table.header().isEmpty()) {
            sb.append(row(table.header())).append('\n');
        }
        for (List<List<Inline>> row : table.rows()) {
            sb.append(row(row)).append('\n');
        }
        block(sb.toString().stripTrailing());
        return null;
    }

    private static String row(List<List<Inline>> cells) {
        StringBuilder sb = new StringBuilder();
        for (List<Inline> cell : cells) {
            sb.append(sb.length() == 0 ? "" : " | ").append(TextInlines.of(cell));
        }
        return sb.toString();
    }

    @Override
    public Void chart(Block.Chart chart) {
        StringBuilder sb = new StringBuilder();
        for (Block.Chart.Bar bar : chart.bars()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(TextInlines.clean(bar.label())).append(": ")
                    .append(chart.format(bar, words));
        }
        for (String note : chart.notes()) {
            sb.append('\n').append(TextInlines.clean(note));
        }
        block(sb.toString());
        return null;
    }

    @Override
    public Void codeBlock(Block.CodeBlock code) {
        block(code.text().replaceAll("(?m)^", "    "));
        return null;
    }

    @Override
    public Void rule(Block.Rule rule) {
        block("----");
        return null;
    }
}
