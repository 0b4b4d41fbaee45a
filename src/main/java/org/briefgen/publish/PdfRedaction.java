package org.briefgen.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import org.briefgen.files.Sha256;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.pdfcleanup.PdfCleaner;
import com.itextpdf.pdfcleanup.autosweep.CompositeCleanupStrategy;
import com.itextpdf.pdfcleanup.autosweep.RegexBasedCleanupStrategy;

/**
 * A PDF reply with personal e-mail addresses and phone numbers really removed (iText's pdfSweep:
 * the text is taken out of the page, not covered, and a black box drawn where it was). Only text
 * can be found so: a PDF that draws any image (a scan, a photograph of a letter) may show contact
 * details no pattern can see, so it is not published at all, nor is one briefgen cannot read.
 */
final class PdfRedaction {

    /** Why a PDF reply is not published. */
    enum Refusal {
        IMAGES,
        UNREADABLE
    }

    /** The redacted PDF, or why there is none. */
    record Result(byte[] pdf, Refusal refusal) {
    }

    private PdfRedaction() {
    }

    /** {@code pdf} redacted by {@code redaction}'s patterns; the same input gives the same bytes. */
    static Result of(byte[] pdf, Redaction redaction) {
        try {
            if (drawsImages(pdf)) {
                return new Result(null, Refusal.IMAGES);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            // the file ID comes from the reply itself, not from the clock
            PdfString id = new PdfString(Sha256.of(pdf).substring(0, 32));
            try (PdfDocument document = new FixedDocument(new PdfReader(new ByteArrayInputStream(pdf)),
                    new PdfWriter(out, new WriterProperties().setInitialDocumentId(id).setModifiedDocumentId(id)))) {
                CompositeCleanupStrategy strategy = new CompositeCleanupStrategy();
                for (Pattern p : redaction.patterns()) {
                    strategy.add(new RegexBasedCleanupStrategy(p).setRedactionColor(ColorConstants.BLACK));
                }
                PdfCleaner.autoSweepCleanUp(document, strategy);
                // the dates stay the reply's own: iText would stamp the clock into the modification date
                document.getDocumentInfo().setMoreInfo("ModDate", null);
            }
            return new Result(out.toByteArray(), null);
        } catch (IOException | PdfException | IllegalArgumentException | IllegalStateException e) {
            return new Result(null, Refusal.UNREADABLE);
        }
    }

    private static boolean drawsImages(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            ImageFinder finder = new ImageFinder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                new PdfCanvasProcessor(finder).processPageContent(document.getPage(i));
                if (finder.found) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Notices any image a page draws: in its content, in a form it uses, inline. */
    private static final class ImageFinder implements IEventListener {
        boolean found;

        @Override
        public void eventOccurred(IEventData data, EventType type) {
            if (type == EventType.RENDER_IMAGE) {
                found = true;
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return Set.of(EventType.RENDER_IMAGE);
        }
    }

    /**
     * A document whose bytes do not depend on how many PDFs the JVM made before: iText mixes a
     * JVM-wide document number into the order it writes objects in.
     */
    private static final class FixedDocument extends PdfDocument {
        FixedDocument(PdfReader reader, PdfWriter writer) {
            super(reader, writer);
        }

        @Override
        public long getDocumentId() {
            return 0;
        }
    }
}
