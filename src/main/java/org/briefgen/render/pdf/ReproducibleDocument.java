package org.briefgen.render.pdf;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;

/**
 * A PDF/A document whose bytes do not depend on the JVM's history. iText numbers each document
 * from a JVM-wide counter and mixes that number into the hash of every object reference; the
 * objects it writes at close come out of hash sets in that order, so the same letter would
 * differ depending on how many PDFs were made before it. References are never shared between
 * documents here, so one constant number serves.
 */
final class ReproducibleDocument extends PdfADocument {

    ReproducibleDocument(PdfWriter writer, PdfAConformance conformance, PdfOutputIntent outputIntent) {
        super(writer, conformance, outputIntent);
    }

    @Override
    public long getDocumentId() {
        return 0;
    }
}
