package org.briefgen.render.pdf.file;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.briefgen.document.Document;
import org.briefgen.document.DocumentDigest;
import org.briefgen.document.DocumentInfo;

import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;

/** What a PDF says about itself (properties, XMP, ID, colour profile), all from the document, never the clock. */
final class PdfMetadata {

    /** The application named in every PDF's properties. */
    private static final String CREATOR = "briefgen";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfMetadata() {
    }

    /** The XMP packet PDF/A asks for. */
    static XmpPacket xmp(DocumentInfo info) {
        return new XmpPacket(info.title(), info.author(), info.subject(), String.join(", ", info.keywords()),
                CREATOR, info.created());
    }

    /** A fixed document ID: a digest of the document itself, so that re-runs give identical files. */
    static PdfString documentId(Document document) {
        return new PdfString(Arrays.copyOf(DocumentDigest.sha256(document), 16));
    }

    /** The sRGB output intent PDF/A asks for, from the JDK's own profile. */
    static PdfOutputIntent outputIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
    }

    /** Title, author, subject, keywords, language, and dates from the document, never from the clock. */
    static void describe(PdfDocument pdf, DocumentInfo info) {
        PdfDocumentInfo pdfInfo = pdf.getDocumentInfo();
        pdfInfo.setTitle(info.title()).setAuthor(info.author()).setSubject(info.subject())
                .setCreator(CREATOR);
        List<String> keywords = info.keywords();
        if (!keywords.isEmpty()) {
            pdfInfo.setKeywords(String.join(", ", keywords));
        }
        LocalDate created = info.created();
        if (created != null) {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            calendar.clear();
            calendar.set(created.getYear(), created.getMonthValue() - 1, created.getDayOfMonth(), 9, 0, 0);
            DocumentDates.set(pdfInfo, new PdfDate(calendar));
        } else {
            DocumentDates.clear(pdfInfo);
        }
        pdf.getCatalog().setLang(new PdfString(info.language()));
        PdfViewerPreferences preferences = new PdfViewerPreferences().setDisplayDocTitle(true);
        if (info.direction().isRightToLeft()) {
            // pages side by side read from right to left
            preferences.setDirection(PdfViewerPreferences.PdfViewerPreferencesConstants.RIGHT_TO_LEFT);
        }
        pdf.getCatalog().setViewerPreferences(preferences);
    }
}
