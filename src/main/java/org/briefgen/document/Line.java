package org.briefgen.document;

import java.util.List;

/** One line of inline content, as in a letterhead, an address block or a signature. */
public record Line(List<Inline> inlines) {

    public Line {
        inlines = List.copyOf(inlines);
    }

    public static Line of(String text) {
        return new Line(List.of(new Inline.Text(text)));
    }

    public String plainText() {
        return Inline.plainText(inlines);
    }
}
