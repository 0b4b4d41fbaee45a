package org.briefgen.document.markdown;

import org.briefgen.document.Block;
import org.briefgen.document.Cover;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.Inline;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
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
import org.commonmark.parser.Parser;

/**
 * Reads CommonMark (with footnotes, GFM tables and a YAML front matter block) into a
 * {@link Document}. The front matter carries the metadata and the letter frame; a fenced block
 * with the info string {@code chart} carries a chart's data.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class MarkdownReader {

    /** Front matter keys that set the letter frame. */
    private static final Set<String> FRAME_KEYS = Set.of("letterhead", "date", "recipient", "salutation", "re",
            "closing", "signature");
    private static final Set<String> INFO_KEYS = Set.of("title", "author", "subject", "lang", "reference",
            "keywords", "created");
    /** Front matter keys that make a title page. */
    private static final Set<String> COVER_KEYS = Set.of("cover-title", "cover-subtitle", "cover-lines");

    private final Parser parser;

    public MarkdownReader() {
        List<Extension> extensions = List.of(TablesExtension.create(), FootnotesExtension.create(),
                YamlFrontMatterExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
    }

    /** Reads {@code markdown}; {@code source} names it in error messages. */
    public Document read(String markdown, String source) {
        Node root = parser.parse(markdown);
        YamlFrontMatterVisitor frontMatter = new YamlFrontMatterVisitor();
        root.accept(frontMatter);
        Map<String, List<String>> meta = new LinkedHashMap<>(frontMatter.getData());
        for (String key : meta.keySet()) {
            if (!FRAME_KEYS.contains(key) && !INFO_KEYS.contains(key) && !COVER_KEYS.contains(key)) {
                throw new DocumentSyntaxException(source + ": unknown front matter key '" + key + "' (known keys: "
                        + String.join(", ", sorted(INFO_KEYS)) + ", " + String.join(", ", sorted(FRAME_KEYS)) + ", "
                        + String.join(", ", sorted(COVER_KEYS)) + ")");
            }
        }
        Conversion conversion = new Conversion(source);
        conversion.numberNotes(root);
        List<Block> blocks = conversion.blocks(root);
        // metadata values are inline Markdown like the rest (data arrives escaped): keep their plain text
        DocumentInfo info = new DocumentInfo(plain(single(meta, "title")), plain(single(meta, "author")),
                plain(single(meta, "subject")), plain(single(meta, "lang")), plain(single(meta, "reference")),
                meta.getOrDefault("keywords", List.of()).stream().map(this::plain).toList(),
                created(plain(single(meta, "created")), source));
        LetterFrame frame = null;
        if (meta.keySet().stream().anyMatch(FRAME_KEYS::contains)) {
            frame = new LetterFrame(lines(meta, "letterhead"), plain(single(meta, "date")), lines(meta, "recipient"),
                    line(single(meta, "salutation")), line(single(meta, "re")), line(single(meta, "closing")),
                    lines(meta, "signature"));
        }
        Cover cover = null;
        if (meta.keySet().stream().anyMatch(COVER_KEYS::contains)) {
            cover = new Cover(plain(single(meta, "cover-title")), plain(single(meta, "cover-subtitle")),
                    meta.getOrDefault("cover-lines", List.of()).stream().map(this::plain).toList());
        }
        return new Document(info, frame, cover, blocks, conversion.notes());
    }

    private static java.time.LocalDate created(String value, String source) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DocumentSyntaxException(source + ": front matter 'created' must be a date as YYYY-MM-DD, found '"
                    + value + "'");
        }
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static String single(Map<String, List<String>> meta, String key) {
        List<String> values = meta.get(key);
        return values == null || values.isEmpty() ? null : String.join(" ", values);
    }

    private List<Line> lines(Map<String, List<String>> meta, String key) {
        return meta.getOrDefault(key, List.of()).stream().map(this::line).toList();
    }

    /** Parses a front matter value as inline Markdown: values from data arrive escaped. */
    private Line line(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new Line(List.of());
        }
        String text = markdown.strip();
        // most values (names, titles, address lines) hold no Markdown at all: parsing each, some
        // twenty a letter, would give this same line
        String plain = plainText(text);
        return plain != null ? Line.of(plain) : parsedLine(text);
    }

    /** A stripped front matter value as CommonMark reads it. */
    Line parsedLine(String text) {
        Node first = parser.parse(text).getFirstChild();
        if (first instanceof Paragraph) {
            return new Line(new Conversion("front matter").inlines(first));
        }
        return Line.of(text);
    }

    /**
     * The text CommonMark reads {@code text} (one stripped line) as, when that is a paragraph of
     * plain text; null when it may hold Markdown. Plain means: it starts with a letter (so it opens
     * no list, heading, quote, fence or HTML block) and holds only letters, digits, spaces,
     * punctuation that starts no inline construct (no emphasis, code, link, image, autolink,
     * entity, footnote or table cell), backslash-escaped ASCII punctuation (as every value from the
     * data arrives) and characters beyond ASCII.
     */
    static String plainText(String text) {
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0))) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= text.length() || !isAsciiPunctuation(text.charAt(i + 1))) {
                    return null;
                }
                if (sb == null) {
                    sb = new StringBuilder(text.length()).append(text, 0, i);
                }
                sb.append(text.charAt(++i));
                continue;
            }
            // beyond ASCII, every character is text to CommonMark (the line was stripped of
            // white space at both ends, as the parse would see it)
            if (c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' '
                    || ",.;:'\"()/?@%+=-#$".indexOf(c) >= 0)) {
                return null;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private String plain(String markdown) {
        return line(markdown).plainText();
    }

    /** Per-read state: the note numbers, in order of first reference. */
    private static final class Conversion {
        private final String source;
        private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
        private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();

        Conversion(String source) {
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

    /** The line format of a {@code chart} block, written by the template layer's chart directive. */
    static final class ChartSpec {
        private ChartSpec() {
        }

        static Block.Chart parse(String literal, String source) {
            String kind = "bar";
            String title = "";
            String unit = "";
            List<Block.Chart.Bar> bars = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (String line : literal.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new DocumentSyntaxException(source + ": chart line without a key: " + line);
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "kind" -> kind = value;
                    case "title" -> title = value;
                    case "unit" -> unit = value;
                    case "note" -> notes.add(value);
                    case "bar" -> {
                        int tab = value.indexOf('\t');
                        if (tab < 0) {
                            throw new DocumentSyntaxException(source + ": chart bar needs 'value<TAB>label': " + line);
                        }
                        try {
                            bars.add(new Block.Chart.Bar(value.substring(tab + 1).strip(),
                                    new BigDecimal(value.substring(0, tab).strip())));
                        } catch (NumberFormatException e) {
                            throw new DocumentSyntaxException(source + ": chart value is not a number: " + line);
                        }
                    }
                    default -> throw new DocumentSyntaxException(source + ": unknown chart key '" + key + "'");
                }
            }
            return new Block.Chart(kind, title, unit, bars, notes);
        }

        /** Writes a chart block's text; values may hold any character but a line break. */
        static String write(Block.Chart chart) {
            StringBuilder sb = new StringBuilder("~~~chart\n");
            sb.append("kind: ").append(oneLine(chart.kind())).append('\n');
            sb.append("title: ").append(oneLine(chart.title())).append('\n');
            sb.append("unit: ").append(oneLine(chart.unit())).append('\n');
            for (Block.Chart.Bar bar : chart.bars()) {
                sb.append("bar: ").append(bar.value().toPlainString()).append('\t').append(oneLine(bar.label()))
                        .append('\n');
            }
            for (String note : chart.notes()) {
                sb.append("note: ").append(oneLine(note)).append('\n');
            }
            return sb.append("~~~\n").toString();
        }

        private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

        private static String oneLine(String s) {
            return LINE_BREAKS.matcher(s).replaceAll(" ").strip();
        }
    }

    /** The Markdown for {@code chart}, for template directives that place a chart. */
    public static String chartMarkdown(Block.Chart chart) {
        return ChartSpec.write(chart);
    }
}
