package org.briefgen.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.files.AtomicFiles;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.file.PdfMetadata;
import org.briefgen.render.pdf.file.ReproducibleDocument;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.WriterProperties;

/**
 * Writes a {@link Document} as a typeset PDF in the house style: letterhead, date, recipient,
 * salutation, subject, body, notes, closing and signature, with the reference and page numbers
 * in every page's footer. Deterministic: the same document gives the same bytes.
 *
 * <p>Build one per run and share it; each {@link #render} call makes its own PDF objects.
 */
public final class PdfRenderer {

    private final HouseStyle style;
    private final FontPrograms fontPrograms;
    /** How the run's PDFs compress their streams (font programs and the colour profile once). */
    private final Compression compression = new Compression();
    /** The notes the run's letters cite, measured once each. */
    private final NoteSizes.Measured notes = new NoteSizes.Measured();
    private final FontCoverage coverage;
    private final PageBox page;
    private final FrameLayout frameLayout;
    private final TitlePageLayout titlePageLayout;
    private final PageFooters footers;
    private final boolean archival;

    /** A renderer of PDF/A-2a + PDF/UA-1 documents in {@code style}. */
    public PdfRenderer(HouseStyle style) {
        this(style, true);
    }

    /**
     * With {@code archival} false, the same layout as an untagged plain PDF: only for measuring what
     * PDF/A and tagging cost (the benchmarks); briefgen itself always writes archival PDFs.
     */
    public PdfRenderer(HouseStyle style, boolean archival) {
        this.style = style;
        this.archival = archival;
        this.fontPrograms = new FontPrograms(List.of(style.fonts().body(), style.fonts().headings(), "mono"),
                style.fallbackFonts());
        this.coverage = new FontCoverage(fontPrograms, style.fonts().body(), style.fonts().headings());
        this.page = PageBox.of(style.page());
        byte[] logo;
        try {
            logo = style.logo() == null ? null : Files.readAllBytes(style.logo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logo " + style.logo(), e);
        }
        this.frameLayout = new FrameLayout(style, page, logo);
        this.titlePageLayout = new TitlePageLayout(style, page);
        this.footers = new PageFooters(page);
    }

    /**
     * A text of a document that cannot be drawn as it is: {@code uncovered} characters no font of
     * the house style (nor its fallback fonts) has, {@code unshapable} characters of a script that
     * needs a shaping engine (Devanagari, Khmer…), which iText's free core lacks.
     */
    public record Undrawable(String text, List<Integer> uncovered, List<Integer> unshapable) {
    }

    /**
     * The texts of {@code document} holding characters that cannot be drawn. iText would draw
     * nothing for a character its font lacks, silently; a letter with a blank where a name should
     * be must never be issued.
     */
    public List<Undrawable> undrawable(Document document) {
        return coverage.undrawable(document);
    }

    /** A rendered PDF and its number of pages. */
    public record Output(byte[] bytes, int pages) {
    }

    /**
     * The PDF of {@code document}: PDF/A-2a and PDF/UA-1, tagged for screen readers. A letter is laid
     * out whole (its notes at the foot of their pages); any other document (a briefing, a report) page
     * by page, each page let go once written ({@link StreamedPdf}), its bytes held in memory.
     */
    public Output render(Document document) {
        try {
            return write(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the PDF in memory", e);
        }
    }

    /**
     * Writes {@code document}, then the blocks {@code more} gives, into {@code file} as they are laid
     * out: pages are written and let go as they are made, so a report of thousands of pages takes
     * the memory of a few (a document that is not a letter: no frame, no notes at the page foot).
     * The file is written under a temporary name beside it and renamed when whole. PDF/A-2a and
     * PDF/UA-1, laid out as {@link #render} lays out a document that is not a letter (the same way,
     * page by page). Returns the number of pages.
     */
    public int write(Document document, java.util.Iterator<org.briefgen.document.Block> more,
            java.nio.file.Path file) {
        if (document.frame() != null) {
            throw new IllegalArgumentException("a letter is rendered whole: render(document)");
        }
        Parts parts = parts();
        return AtomicFiles.writeThrough(file, partial -> {
            int pages;
            try (OutputStream out = Files.newOutputStream(partial)) {
                pages = new StreamedPdf(document, parts, new org.briefgen.render.pdf.file.PdfFileStream(out, 1 << 16))
                        .write(more);
            }
            return pages;
        });
    }

    /** What every layout of this renderer shares: the style, fonts, page and the frame's layouts. */
    record Parts(HouseStyle style, FontPrograms fontPrograms, Compression compression, PageBox page,
            FrameLayout frameLayout, TitlePageLayout titlePageLayout, PageFooters footers, boolean archival,
            NoteSizes.Measured notes) {

        /**
         * The PDF of {@code document}, written to {@code out}: ids made from its content (a re-run gives the
         * same bytes), its metadata, and when archival its output intent and tags.
         */
        PdfDocument open(Document document, OutputStream out) {
            return open(document, PdfMetadata.documentId(document), out);
        }

        /** As {@link #open(Document, OutputStream)}, the file's ID {@code id} made already (once for all of a letter's layouts). */
        PdfDocument open(Document document, PdfString id, OutputStream out) {
            DocumentInfo info = document.info();
            // zlib's quickest level: deflating was a tenth of a letter's CPU at iText's default (6), a third of
            // that at 1, for 4.5% more bytes (a demo letter 85.7 KB against 82.0)
            WriterProperties properties = new WriterProperties().setInitialDocumentId(id).setModifiedDocumentId(id)
                    .setCompressionLevel(com.itextpdf.kernel.pdf.CompressionConstants.BEST_SPEED);
            PdfDocument pdf = new ReproducibleDocument(compression.writer(out, properties), archival ? PdfMetadata
                    .xmp(info) : null);
            if (archival) {
                pdf.addOutputIntent(PdfMetadata.outputIntent());
                pdf.setTagged();
            }
            PdfMetadata.describe(pdf, info);
            return pdf;
        }

        /** The same parts making untagged plain PDFs: the same layout, for a layout that is only measured, never written. */
        Parts plain() {
            return archival ? new Parts(style, fontPrograms, compression, page, frameLayout, titlePageLayout, footers,
                    false, notes) : this;
        }

        /** The layout of {@code pdf} on the house style's page; {@code immediateFlush} lets pages go when made. */
        com.itextpdf.layout.Document layout(PdfDocument pdf, boolean immediateFlush) {
            com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, page.size(), immediateFlush);
            layout.setMargins(page.top(), page.right(), page.bottom(), page.left());
            return layout;
        }

        /** How {@code document} is drawn: the house style with its fonts, in the document's words and direction. */
        PdfStyle styling(Document document) {
            return new PdfStyle(style, new DocumentFonts(fontPrograms), document.messages(), document.info()
                    .direction().isRightToLeft());
        }

        /** Blocks laid out as the house style's typography says for the document's language. */
        BlockLayout blocks(PdfStyle styling, InlineLayout inlines, Document document) {
            return new BlockLayout(styling, inlines, new Typesetter(style.typography(), document.info().language()));
        }

        /** Makes body text what {@code layout} writes unless told otherwise, its lines broken as its language breaks them. */
        static void writeBody(com.itextpdf.layout.Document layout, PdfStyle styling, Document document) {
            layout.setFont(styling.body(false, false)).setFontSize(styling.bodySize()).setFontColor(styling.text);
            layout.setProperty(com.itextpdf.layout.properties.Property.SPLIT_CHARACTERS,
                    org.briefgen.render.pdf.typeset.LineBreaks.of(document.info().language()));
        }
    }

    /** What this renderer's layouts share. */
    Parts parts() {
        return new Parts(style, fontPrograms, compression, page, frameLayout, titlePageLayout, footers, archival,
                notes);
    }

    private Output write(Document document) throws IOException {
        Parts parts = parts();
        // a letter's notes; a document without a letter frame (the briefing) ends with its notes and sources
        if (style.typography().footNotes() && document.frame() != null && !document.notes().isEmpty()) {
            return FootNotePlanner.render(document, parts);
        }
        if (document.frame() == null) {
            // a briefing names every company the research concerns: laid out as it is written, its pages let go
            org.briefgen.render.pdf.file.PdfBytes bytes = new org.briefgen.render.pdf.file.PdfBytes(96 * 1024);
            int pages = new StreamedPdf(document, parts, bytes).write(java.util.Collections.emptyIterator());
            return new Output(bytes.toByteArray(), pages);
        }
        return new PdfPass(document, PdfMetadata.documentId(document), parts, false,
                java.util.Map.of()).finish();
    }
}
