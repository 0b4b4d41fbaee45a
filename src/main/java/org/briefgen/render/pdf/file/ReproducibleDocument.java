package org.briefgen.render.pdf.file;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;

/**
 * A PDF document whose bytes do not depend on the JVM's history, with its XMP metadata written
 * by briefgen.
 *
 * <p>iText numbers each document from a JVM-wide counter and mixes that number into the hash of
 * every object reference; the objects it writes at close come out of hash sets in that order, so
 * the same letter would differ depending on how many PDFs were made before it. References are
 * never shared between documents here, so one constant number serves.
 */
final class ReproducibleDocument extends PdfDocument {

    private final XmpPacket xmp;

    /** {@code xmp}, if not null, becomes the document's metadata at close (with iText's producer line). */
    ReproducibleDocument(PdfWriter writer, XmpPacket xmp) {
        super(writer);
        this.xmp = xmp;
    }

    @Override
    public long getDocumentId() {
        return 0;
    }

    @Override
    protected void updateXmpMetadata() {
        if (xmp == null) {
            super.updateXmpMetadata();
        } else {
            // handed over as the catalog's metadata stream, which iText writes out at close as it
            // is; its own setter would parse the packet back into an object model first
            getCatalog().put(PdfName.Metadata, new PdfStream(xmp.bytes(getDocumentInfo().getProducer())));
        }
    }
}
