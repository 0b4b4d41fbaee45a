package org.briefgen.document;

import java.util.List;

/** A title page: the document's title, a subtitle, and lines under them (who, when). */
public record Cover(String title, String subtitle, List<String> lines) {

    public Cover {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
