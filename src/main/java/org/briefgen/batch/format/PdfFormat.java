package org.briefgen.batch.format;

import org.briefgen.batch.FormatContext;
import org.briefgen.batch.OutputFormat;
/** {@code .pdf}: the letter's PDF, shared with the e-mail that attaches it. */
public final class PdfFormat implements OutputFormat {

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String suffix() {
        return ".pdf";
    }

    /** The PDF letter has the briefing written beside it. */
    @Override
    public boolean carriesBriefing() {
        return true;
    }

    @Override
    public Writer writer(FormatContext run) {
        return letter -> Result.paged(letter.pdf().bytes(), letter.pdf().pages());
    }
}
