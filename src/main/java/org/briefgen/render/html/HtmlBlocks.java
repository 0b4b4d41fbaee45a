package org.briefgen.render.html;

import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.DataLine;
import org.briefgen.document.Inline;
import org.briefgen.document.TextDirection;
import org.briefgen.i18n.Messages;

/**
 * Body blocks as HTML elements with inline styles, in the house style: {@code paragraphStyle} the
 * declarations of plain paragraphs here (notes are smaller), {@code words} the document's own words (chart
 * values in its language).
 */
record HtmlBlocks(Css css, StringBuilder out, String paragraphStyle, Messages words) implements Block.Visitor<Void> {

    private HtmlInlines inlines() {
        return new HtmlInlines(css, out);
    }

    void writeAll(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    void paragraph(String style, List<Inline> content) {
        out.append("<p style=\"").append(style).append("\">");
        inlines().write(content);
        out.append("</p>\n");
    }

    @Override
    public Void heading(Block.Heading h) {
        int level = Math.max(1, Math.min(6, h.level()));
        double size = css.style.sizes().heading(level);
        String colour = level <= 2 ? css.accent : css.text;
        double before = level <= 2 ? css.body() * 1.3 : css.body() * 0.9;
        out.append("<h").append(level).append(" style=\"font-family:").append(css.headingFont).append(";font-size:")
                .append(Css.pt(size)).append(";font-weight:bold;line-height:1.2;color:").append(colour)
                .append(";margin:").append(Css.pt(before)).append(" 0 ").append(Css.pt(css.body() * 0.45))
                .append(" 0;\">");
        inlines().write(h.inlines());
        out.append("</h").append(level).append(">\n");
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        paragraph(paragraphStyle, p.inlines());
        return null;
    }

    @Override
    public Void bulletList(Block.BulletList list) {
        return list("ul", "", list.items());
    }

    @Override
    public Void orderedList(Block.OrderedList list) {
        return list("ol", list.start() == 1 ? "" : " start=\"" + list.start() + "\"", list.items());
    }

    private Void list(String tag, String attributes, List<Block.ListItem> items) {
        out.append('<').append(tag).append(attributes).append(" style=\"margin:0 0 ").append(Css.pt(css.body() * 0.75))
                .append(" 0;padding:0 0 0 ").append(Css.pt(css.body() * 1.8)).append(";\">\n");
        HtmlBlocks inner = new HtmlBlocks(css, out, "margin:0 0 " + Css.pt(css.body() * 0.3) + " 0;", words);
        for (Block.ListItem item : items) {
            out.append("<li style=\"margin:0;\">");
            inner.writeAll(item.blocks());
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
        return null;
    }

    @Override
    public Void blockQuote(Block.BlockQuote quote) {
        out.append("<blockquote style=\"margin:0 ").append(Css.pt(css.body() * 1.5)).append(' ')
                .append(Css.pt(css.body() * 0.75)).append(' ').append(Css.pt(css.body() * 0.9))
                .append(";padding:0 0 0 ").append(Css.pt(css.body())).append(";border-left:3px solid ")
                .append(css.accentLight).append(";\">\n");
        new HtmlBlocks(css, out, "margin:0 0 " + Css.pt(css.body() * 0.5) + " 0;", words).writeAll(quote.blocks());
        out.append("</blockquote>\n");
        return null;
    }

    @Override
    public Void table(Block.Table table) {
        int columns = Math.max(table.columns().size(), table.header().size());
        out.append("<table cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;border-collapse:collapse;")
                .append("margin:0 0 ").append(Css.pt(css.body() * 0.9)).append(" 0;font-size:95%;\">\n");
        if (!table.header().isEmpty()) {
            out.append("<tr>");
            for (int i = 0; i < table.header().size(); i++) {
                cell("th", table, i, table.header().get(i), "border-bottom:1px solid " + css.text + ";");
            }
            out.append("</tr>\n");
        }
        for (List<List<Inline>> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < Math.max(columns, row.size()); i++) {
                cell("td", table, i, i < row.size() ? row.get(i) : List.of(), "border-bottom:1px solid " + css.rule
                        + ";");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
        return null;
    }

    /** Whether the letter is right to left, or any cell of {@code table} holds a right-to-left letter. */
    private boolean rightToLeft(Block.Table table) {
        return TextDirection.of(words.language()).isRightToLeft()
                || table.header().stream().anyMatch(c -> DataLine.hasRightToLeft(Inline.plainText(c))) || table.rows()
                        .stream().flatMap(List::stream).anyMatch(c -> DataLine.hasRightToLeft(Inline.plainText(c)));
    }

    private void cell(String tag, Block.Table table, int column, List<Inline> content, String border) {
        String align = switch (table.align(column)) {
            case RIGHT -> "right";
            case CENTER -> "center";
            default -> "left";
        };
        // a cell's text is data: in its own direction when the table has right-to-left letters
        out.append('<').append(tag).append(rightToLeft(table) ? " dir=\"auto\"" : "").append(" style=\"text-align:")
                .append(align).append(";padding:3pt 4pt;")
                .append(border).append(css.bodyText()).append("\">");
        inlines().write(content);
        out.append("</").append(tag).append('>');
    }

    /**
     * A bar chart as a table of real text, drawn as the PDF draws it: label, bar, value. The bars
     * are cells with a background colour and a width, which every mail client shows.
     */
    @Override
    public Void chart(Block.Chart chart) {
        double scale = chart.unit().equals("%") ? 100
                : Math.max(chart.bars().stream().mapToDouble(b -> b.value().doubleValue()).max().orElse(1), 1e-9);
        out.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;")
                .append("border-collapse:collapse;margin:").append(Css.pt(css.body() * 0.2)).append(" 0 ")
                .append(Css.pt(chart.notes().isEmpty() ? css.body() * 0.9 : 0)).append(" 0;font-size:95%;\">\n");
        for (Block.Chart.Bar bar : chart.bars()) {
            long percent = Math.round(Math.max(0.5, Math.min(100, bar.value().doubleValue() / scale * 100)));
            // every cell states its font: some mail clients do not let tables inherit it
            out.append("<tr><td style=\"width:38%;padding:2.5pt 8pt 2.5pt 0;vertical-align:middle;")
                    .append(css.bodyText()).append("\">")
                    .append(HtmlText.escape(bar.label())).append("</td><td style=\"width:50%;padding:2.5pt;")
                    .append("vertical-align:middle;\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\"")
                    .append(" width=\"100%\" style=\"width:100%;border-collapse:collapse;\"><tr><td width=\"")
                    .append(percent).append("%\" bgcolor=\"").append(css.accent).append("\" style=\"width:")
                    .append(percent).append("%;height:11pt;background-color:").append(css.accent)
                    .append(";font-size:1px;line-height:1px;\">&nbsp;</td>");
            if (percent < 100) {
                out.append("<td bgcolor=\"").append(css.track).append("\" style=\"background-color:")
                        .append(css.track).append(";font-size:1px;line-height:1px;\">&nbsp;</td>");
            }
            out.append("</tr></table></td><td style=\"width:12%;padding:2.5pt 0 2.5pt 4pt;text-align:right;")
                    .append("font-weight:bold;vertical-align:middle;").append(css.bodyText()).append("\">")
                    .append(HtmlText.escape(chart.format(bar, words)))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        for (int i = 0; i < chart.notes().size(); i++) {
            boolean last = i == chart.notes().size() - 1;
            out.append("<p style=\"margin:").append(Css.pt(css.small() * 0.3)).append(" 0 ")
                    .append(Css.pt(last ? css.body() * 0.9 : 0)).append(" 0;font-size:").append(Css.pt(css.small()))
                    .append(";font-style:italic;color:").append(css.muted).append(";\">")
                    .append(HtmlText.escape(chart.notes().get(i))).append("</p>\n");
        }
        return null;
    }

    @Override
    public Void codeBlock(Block.CodeBlock code) {
        out.append("<pre style=\"font-family:").append(css.monoFont).append(";font-size:")
                .append(Css.pt(css.body() * 0.85)).append(";background-color:").append(css.track).append(";padding:")
                .append(Css.pt(css.body() * 0.5))
                .append(";margin:0 0 ").append(Css.pt(css.body() * 0.75)).append(" 0;white-space:pre-wrap;\">")
                .append(HtmlText.escape(code.text())).append("</pre>\n");
        return null;
    }

    @Override
    public Void rule(Block.Rule rule) {
        out.append("<hr style=\"border:0;border-top:1px solid ").append(css.rule).append(";margin:")
                .append(Css.pt(css.body() * 0.4)).append(" 0 ").append(Css.pt(css.body() * 0.8)).append(" 0;\">\n");
        return null;
    }
}
