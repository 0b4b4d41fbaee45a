package org.briefgen.batch;

import org.briefgen.document.Document;
import org.briefgen.merge.LetterContext;
import org.briefgen.render.pdf.PdfRenderer;

/**
 * One letter as every format's writer sees it: the prepared letter and its PDF, rendered on first
 * request and shared by the formats that need it (the PDF file and the e-mail's attachment).
 * Belongs to one letter on one thread.
 */
public final class FormatInput {

    private final PreparedLetter letter;
    private final FormatContext run;
    private final String baseName;
    private PdfRenderer.Output pdf;

    FormatInput(PreparedLetter letter, FormatContext run) {
        this.letter = letter;
        this.run = run;
        this.baseName = letter.baseName();
    }

    public PreparedLetter letter() {
        return letter;
    }

    /** The merged data: recipient, campaign, reference, dates. */
    public LetterContext context() {
        return letter.context();
    }

    /** The letter in the document model. */
    public Document document() {
        return letter.document();
    }

    /** The file name without suffix: {@code CE-2020-001-amazon-uk}. */
    public String baseName() {
        return baseName;
    }

    /** The letter's PDF as issued (signed, when the organisation signs): made once, however many formats ask. */
    public PdfRenderer.Output pdf() {
        if (pdf == null) {
            pdf = run.issued(run.pdf().render(letter.document()));
        }
        return pdf;
    }
}
