package org.briefgen.document.markdown;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefgen.document.Cover;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * Reads a document's front matter into its metadata, letter frame and title page. Values are
 * inline Markdown like the rest (data arrives escaped). Immutable: built once per reader.
 */
final class FrontMatterReader {

    /** Front matter keys that set the letter frame. */
    private static final Set<String> FRAME_KEYS = Set.of("letterhead", "date", "recipient", "salutation", "re",
            "closing", "signature");
    private static final Set<String> INFO_KEYS = Set.of("title", "author", "subject", "lang", "reference",
            "keywords", "created");
    /** Front matter keys that make a title page. */
    private static final Set<String> COVER_KEYS = Set.of("cover-title", "cover-subtitle", "cover-lines");

    private final Parser parser;

    FrontMatterReader(Parser parser) {
        this.parser = parser;
    }

    /** Refuses a key that is not known, naming {@code source}. */
    void check(Map<String, List<String>> meta, String source) {
        for (String key : meta.keySet()) {
            if (!FRAME_KEYS.contains(key) && !INFO_KEYS.contains(key) && !COVER_KEYS.contains(key)) {
                throw new DocumentSyntaxException(source + ": unknown front matter key '" + key + "' (known keys: "
                        + String.join(", ", sorted(INFO_KEYS)) + ", " + String.join(", ", sorted(FRAME_KEYS)) + ", "
                        + String.join(", ", sorted(COVER_KEYS)) + ")");
            }
        }
    }

    DocumentInfo info(Map<String, List<String>> meta, String source) {
        // metadata values are inline Markdown like the rest (data arrives escaped): keep their plain text
        return new DocumentInfo(plain(single(meta, "title")), plain(single(meta, "author")),
                plain(single(meta, "subject")), plain(single(meta, "lang")), plain(single(meta, "reference")),
                meta.getOrDefault("keywords", List.of()).stream().map(this::plain).toList(),
                created(plain(single(meta, "created")), source));
    }

    /** The letter frame, or null when no key sets one. */
    LetterFrame frame(Map<String, List<String>> meta) {
        if (meta.keySet().stream().noneMatch(FRAME_KEYS::contains)) {
            return null;
        }
        return new LetterFrame(lines(meta, "letterhead"), plain(single(meta, "date")), lines(meta, "recipient"),
                line(single(meta, "salutation")), line(single(meta, "re")), line(single(meta, "closing")),
                lines(meta, "signature"));
    }

    /** The title page, or null when no key sets one. */
    Cover cover(Map<String, List<String>> meta) {
        if (meta.keySet().stream().noneMatch(COVER_KEYS::contains)) {
            return null;
        }
        return new Cover(plain(single(meta, "cover-title")), plain(single(meta, "cover-subtitle")),
                meta.getOrDefault("cover-lines", List.of()).stream().map(this::plain).toList());
    }

    private static LocalDate created(String value, String source) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String date = value.strip();
        try {
            if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-' && digits(date, 0, 4)
                    && digits(date, 5, 7) && digits(date, 8, 10)) {
                // every letter's date, read without the general parser (a share of reading each letter)
                return LocalDate.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
                        Integer.parseInt(date, 8, 10, 10));
            }
            return LocalDate.parse(date);
        } catch (java.time.DateTimeException e) {
            throw new DocumentSyntaxException(source + ": front matter 'created' must be a date as YYYY-MM-DD, found '"
                    + value + "'");
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
        String plain = PlainLine.text(text);
        return plain != null ? Line.of(plain) : parsedLine(text);
    }

    /** A stripped front matter value as CommonMark reads it. */
    Line parsedLine(String text) {
        Node first = parser.parse(text).getFirstChild();
        if (first instanceof Paragraph) {
            return new Line(new NodeConverter("front matter").inlines(first));
        }
        return Line.of(text);
    }

    private String plain(String markdown) {
        return line(markdown).plainText();
    }
}
