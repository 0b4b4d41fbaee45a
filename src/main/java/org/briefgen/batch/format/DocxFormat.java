package org.briefgen.batch.format;

import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.batch.FormatContext;
import org.briefgen.render.docx.DocxRenderer;

/** {@code .docx}: the letter as a Word document, built on the templates' {@code reference.docx} when there is one. */
public final class DocxFormat extends BuiltInFormat {

    static final String REFERENCE_DOCX = "reference.docx";

    public DocxFormat() {
        super("docx", false);
    }

    @Override
    public Writer writer(FormatContext run) {
        Path reference = run.templates().resolve(REFERENCE_DOCX);
        DocxRenderer docx = new DocxRenderer(run.style(), Files.isRegularFile(reference) ? reference : null);
        return letter -> Result.file(docx.render(letter.document()));
    }
}
