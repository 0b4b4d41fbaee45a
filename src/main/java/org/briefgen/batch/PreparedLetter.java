package org.briefgen.batch;

import org.briefgen.document.Document;
import org.briefgen.merge.LetterContext;

/** One letter, merged and read into the document model, ready for any writer. */
public record PreparedLetter(LetterContext context, String markdown, Document document) {

    /** The file name without extension: {@code CE-2020-001-amazon-uk}. */
    public String baseName() {
        return org.briefgen.merge.FileNames.letterBaseName(context);
    }
}
