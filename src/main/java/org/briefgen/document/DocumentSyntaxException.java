package org.briefgen.document;

import org.briefgen.failure.UserError;

/** The Markdown given to {@link MarkdownReader} cannot make a document; the message says why. */
public final class DocumentSyntaxException extends UserError {

    public DocumentSyntaxException(String message) {
        super(message);
    }

    @Override
    public String outcome() {
        return "nothing was written.";
    }
}
