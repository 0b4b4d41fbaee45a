package org.briefgen.render.pdf.file;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;

/**
 * Sets a PDF's creation and modification dates. iText stamps the clock into both when a document
 * opens and offers no public way to replace a date with a date object; a reproducible file needs
 * them to come from the letter. This goes through the info dictionary's own (package-private)
 * {@code put}, so the value keeps the PDF date type and later XMP synchronisation sees it.
 */
final class DocumentDates {

    private static final Method PUT;

    static {
        try {
            PUT = PdfDocumentInfo.class.getDeclaredMethod("put", PdfName.class, PdfObject.class);
            PUT.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError("this iText version has no PdfDocumentInfo.put: " + e);
        }
    }

    private DocumentDates() {
    }

    static void set(PdfDocumentInfo info, PdfDate date) {
        try {
            PUT.invoke(info, PdfName.CreationDate, date.getPdfObject());
            PUT.invoke(info, PdfName.ModDate, date.getPdfObject());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot set the PDF's dates", e);
        }
    }

    /** Removes both dates: a document without a date of its own records none rather than the clock's. */
    static void clear(PdfDocumentInfo info) {
        info.setMoreInfo("CreationDate", null);
        info.setMoreInfo("ModDate", null);
    }
}
