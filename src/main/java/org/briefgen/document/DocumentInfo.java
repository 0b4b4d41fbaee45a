package org.briefgen.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Document metadata: what a PDF's properties or a Word file's core properties show. {@code created}
 * may be null; writers then record no date, so that output never depends on the clock.
 */
public record DocumentInfo(String title, String author, String subject, String language, String reference,
        List<String> keywords, LocalDate created) {

    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        language = language == null || language.isBlank() ? "en-GB" : language;
        reference = reference == null ? "" : reference;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** The same metadata for a document in {@code tag}. */
    public DocumentInfo inLanguage(String tag) {
        return new DocumentInfo(title, author, subject, tag, reference, keywords, created);
    }

    /** Which way the document's language is written: every writer lays a right-to-left letter out mirrored. */
    public TextDirection direction() {
        return TextDirection.of(language);
    }
}
