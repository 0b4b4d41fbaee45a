package org.briefgen.document;

import java.util.ArrayList;
import java.util.List;

/** Every piece of text a reader of a document would see, in order: for checks that span formats. */
public final class DocumentText {

    private DocumentText() {
    }

    /** The document's visible strings: frame, title page, blocks (chart labels included), notes. */
    public static List<String> strings(Document document) {
        List<String> out = new ArrayList<>();
        document.letterFrame().ifPresent(f -> {
            f.letterhead().forEach(l -> out.add(l.plainText()));
            out.add(f.date());
            f.recipient().forEach(l -> out.add(l.plainText()));
            out.add(f.salutation().plainText());
            out.add(f.subject().plainText());
            out.add(f.closing().plainText());
            f.signature().forEach(l -> out.add(l.plainText()));
        });
        document.titlePage().ifPresent(c -> {
            out.add(c.title());
            out.add(c.subtitle());
            out.addAll(c.lines());
        });
        document.blocks().forEach(b -> add(b, out));
        document.notes().forEach(n -> n.blocks().forEach(b -> add(b, out)));
        out.removeIf(String::isEmpty);
        return out;
    }

    private static void add(Block block, List<String> out) {
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void heading(Block.Heading h) {
                out.add(Inline.plainText(h.inlines()));
                return null;
            }

            @Override
            public Void paragraph(Block.Paragraph p) {
                out.add(Inline.plainText(p.inlines()));
                return null;
            }

            @Override
            public Void bulletList(Block.BulletList list) {
                return items(list.items());
            }

            @Override
            public Void orderedList(Block.OrderedList list) {
                return items(list.items());
            }

            private Void items(List<Block.ListItem> items) {
                items.forEach(i -> i.blocks().forEach(b -> add(b, out)));
                return null;
            }

            @Override
            public Void blockQuote(Block.BlockQuote quote) {
                quote.blocks().forEach(b -> add(b, out));
                return null;
            }

            @Override
            public Void table(Block.Table table) {
                table.header().forEach(c -> out.add(Inline.plainText(c)));
                table.rows().forEach(r -> r.forEach(c -> out.add(Inline.plainText(c))));
                return null;
            }

            @Override
            public Void chart(Block.Chart chart) {
                out.add(chart.title());
                chart.bars().forEach(bar -> out.add(bar.label() + " " + chart.format(bar)));
                out.addAll(chart.notes());
                return null;
            }

            @Override
            public Void codeBlock(Block.CodeBlock code) {
                out.add(code.text());
                return null;
            }

            @Override
            public Void rule(Block.Rule rule) {
                return null;
            }
        });
    }
}
