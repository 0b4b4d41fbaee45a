package org.briefgen.document;

/** The Markdown given to {@link MarkdownReader} cannot make a document; the message says why. */
public final class DocumentSyntaxException extends RuntimeException {

    public DocumentSyntaxException(String message) {
        super(message);
    }
}
