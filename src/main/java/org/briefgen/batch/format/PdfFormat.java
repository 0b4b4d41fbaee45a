package org.briefgen.batch.format;

import org.briefgen.batch.FormatContext;
/** {@code .pdf}: the letter's PDF, shared with the e-mail that attaches it. */
public final class PdfFormat extends BuiltInFormat {

    /** The PDF letter has the briefing written beside it. */
    public PdfFormat() {
        super("pdf", true);
    }

    @Override
    public Writer writer(FormatContext run) {
        return letter -> Result.paged(letter.pdf().bytes(), letter.pdf().pages());
    }
}
