package org.briefgen.document.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.document.Block;
import org.briefgen.document.Inline;
import org.briefgen.document.Note;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a commonmark tree into the model's blocks, inlines and notes. One per read: it numbers the
 * notes in order of first reference.
 */
final class NodeConverter {

    private final String source;
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();

    /** {@code source} names the text in error messages. */
    NodeConverter(String source) {
        this.source = source;
    }

    void numberNotes(Node root) {
        collectDefinitions(root);
        numberReferences(root);
    }

    private void collectDefinitions(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteDefinition def) {
                definitions.putIfAbsent(def.getLabel(), def);
            } else {
                collectDefinitions(child);
            }
        }
    }

    private void numberReferences(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteReference ref && definitions.containsKey(ref.getLabel())) {
                if (!noteNumbers.containsKey(ref.getLabel())) {
                    noteNumbers.put(ref.getLabel(), noteNumbers.size() + 1);
                    // references inside a note's own text are numbered after it
                    numberReferences(definitions.get(ref.getLabel()));
                }
            } else if (!(child instanceof FootnoteDefinition)) {
                numberReferences(child);
            }
        }
    }

    List<Note> notes() {
        List<Note> notes = new ArrayList<>();
        noteNumbers.forEach((label, number) -> notes.add(new Note(number, blocks(definitions.get(label)))));
        return notes;
    }

    List<Block> blocks(Node parent) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Block block = block(node);
            if (block != null) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    private Block block(Node node) {
        if (node instanceof Paragraph) {
            return new Block.Paragraph(inlines(node));
        } else if (node instanceof Heading h) {
            return new Block.Heading(h.getLevel(), inlines(node));
        } else if (node instanceof BulletList) {
            return new Block.BulletList(items(node));
        } else if (node instanceof OrderedList ol) {
            Integer start = ol.getMarkerStartNumber();
            return new Block.OrderedList(start == null ? 1 : start, items(node));
        } else if (node instanceof BlockQuote) {
            return new Block.BlockQuote(blocks(node));
        } else if (node instanceof FencedCodeBlock code) {
            if ("chart".equals(code.getInfo())) {
                return ChartSpec.parse(code.getLiteral(), source);
            }
            return new Block.CodeBlock(stripFinalNewline(code.getLiteral()));
        } else if (node instanceof IndentedCodeBlock code) {
            return new Block.CodeBlock(stripFinalNewline(code.getLiteral()));
        } else if (node instanceof ThematicBreak) {
            return new Block.Rule();
        } else if (node instanceof HtmlBlock html) {
            // raw HTML is not a format-neutral construct: it prints as the text it is
            return new Block.Paragraph(List.of(new Inline.Text(stripFinalNewline(html.getLiteral()))));
        } else if (node instanceof TableBlock) {
            return table(node);
        }
        // front matter and note definitions are read elsewhere
        return null;
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private List<Block.ListItem> items(Node list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(new Block.ListItem(blocks(item)));
            }
        }
        return items;
    }

    private Block table(Node table) {
        List<Block.Align> columns = new ArrayList<>();
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(inlines(cell));
                    if (section instanceof TableHead) {
                        columns.add(align(((TableCell) cell).getAlignment()));
                    }
                }
                if (section instanceof TableHead) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(columns, header, rows);
    }

    private static Block.Align align(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Block.Align.NONE;
        }
        return switch (alignment) {
            case LEFT -> Block.Align.LEFT;
            case CENTER -> Block.Align.CENTER;
            case RIGHT -> Block.Align.RIGHT;
        };
    }

    List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                appendText(out, t.getLiteral());
            } else if (node instanceof SoftLineBreak) {
                appendText(out, " ");
            } else if (node instanceof HtmlInline html) {
                appendText(out, html.getLiteral());
            } else if (node instanceof Code c) {
                out.add(new Inline.Code(c.getLiteral()));
            } else if (node instanceof Emphasis) {
                out.add(new Inline.Emphasis(inlines(node)));
            } else if (node instanceof StrongEmphasis) {
                out.add(new Inline.Strong(inlines(node)));
            } else if (node instanceof Link link) {
                out.add(new Inline.Link(link.getDestination(), inlines(node)));
            } else if (node instanceof Image) {
                out.addAll(inlines(node));
            } else if (node instanceof HardLineBreak) {
                out.add(new Inline.LineBreak());
            } else if (node instanceof FootnoteReference ref) {
                Integer number = noteNumbers.get(ref.getLabel());
                if (number != null) {
                    out.add(new Inline.NoteRef(number));
                }
            } else {
                out.addAll(inlines(node));
            }
        }
        return out;
    }

    /** Commonmark splits text at every escape; the model keeps one run. */
    private static void appendText(List<Inline> out, String text) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text previous) {
            out.set(out.size() - 1, new Inline.Text(previous.text() + text));
        } else {
            out.add(new Inline.Text(text));
        }
    }
}
