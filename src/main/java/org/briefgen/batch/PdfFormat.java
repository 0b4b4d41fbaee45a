package org.briefgen.batch;

/** {@code .pdf}: the letter's PDF, shared with the e-mail that attaches it. */
final class PdfFormat implements OutputFormat {

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String suffix() {
        return ".pdf";
    }

    @Override
    public Writer writer(FormatContext run) {
        return letter -> Result.paged(letter.pdf().bytes(), letter.pdf().pages());
    }
}
