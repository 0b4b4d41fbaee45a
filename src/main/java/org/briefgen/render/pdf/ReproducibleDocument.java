package org.briefgen.render.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPUtils;

/**
 * A PDF document whose bytes do not depend on the JVM's history, and that can carry a fixed set
 * of XMP properties (the PDF/A and PDF/UA identification).
 *
 * <p>iText numbers each document from a JVM-wide counter and mixes that number into the hash of
 * every object reference; the objects it writes at close come out of hash sets in that order, so
 * the same letter would differ depending on how many PDFs were made before it. References are
 * never shared between documents here, so one constant number serves.
 */
final class ReproducibleDocument extends PdfDocument {

    private final XMPMeta extraXmp;

    /** {@code extraXmp}, if not null, is merged into the XMP iText writes at close (never changed). */
    ReproducibleDocument(PdfWriter writer, XMPMeta extraXmp) {
        super(writer);
        this.extraXmp = extraXmp;
    }

    @Override
    public long getDocumentId() {
        return 0;
    }

    /** iText's XMP (from the document info) plus ours, built once at close and serialised once. */
    @Override
    protected XMPMeta updateDefaultXmpMetadata() throws XMPException {
        XMPMeta xmp = super.updateDefaultXmpMetadata();
        if (extraXmp != null) {
            XMPUtils.appendProperties(extraXmp, xmp, true, false);
        }
        return xmp;
    }
}
