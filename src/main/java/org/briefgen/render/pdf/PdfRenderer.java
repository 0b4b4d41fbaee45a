package org.briefgen.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Section;
import org.briefgen.render.HouseStyle;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
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

    /** The PDF of {@code document}: PDF/A-2a and PDF/UA-1, tagged for screen readers. */
    public Output render(Document document) {
        try {
            return write(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the PDF in memory", e);
        }
    }

    private Output write(Document document) throws IOException {
        PdfBytes bytes = new PdfBytes(96 * 1024);
        DocumentInfo info = document.info();
        PdfString id = PdfMetadata.documentId(document);
        WriterProperties properties = new WriterProperties().setInitialDocumentId(id).setModifiedDocumentId(id);
        XmpPacket xmp = archival ? PdfMetadata.xmp(info) : null;
        int pages;
        try (PdfDocument pdf = new ReproducibleDocument(compression.writer(bytes, properties), xmp)) {
            if (archival) {
                pdf.addOutputIntent(PdfMetadata.outputIntent());
                pdf.setTagged();
            }
            PdfMetadata.describe(pdf, info);
            com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, page.size(), false);
            layout.setMargins(page.top(), page.right(), page.bottom(), page.left());
            Styling styling = new Styling(style, new DocumentFonts(fontPrograms), document.messages());
            InlineLayout inlines = new InlineLayout(styling);
            BlockLayout blocks = new BlockLayout(styling, inlines);
            layout.setFont(styling.body(false, false)).setFontSize(styling.bodySize()).setFontColor(styling.text);

            LetterFrame frame = document.frame();
            for (Section section : Section.of(document, style.notesPlacement())) {
                switch (section) {
                    case LETTERHEAD -> frameLayout.letterhead(layout, frame.letterhead(), styling, inlines);
                    case DATE -> frameLayout.date(layout, frame.date(), styling);
                    case RECIPIENT -> frameLayout.recipient(layout, frame.recipient(), styling, inlines);
                    case SALUTATION -> frameLayout.salutation(layout, frame.salutation(), styling, inlines);
                    case SUBJECT -> frameLayout.subject(layout, frame.subject(), styling, inlines);
                    case TITLE_PAGE -> titlePageLayout.titlePage(layout, document.cover(), styling);
                    case BODY -> {
                        for (Block block : document.blocks()) {
                            layout.add(block.accept(blocks));
                        }
                    }
                    case NOTES -> NotesLayout.notes(layout, document.notes(), styling, blocks, inlines);
                    case CLOSING -> frameLayout.closing(layout, frame, styling, inlines);
                }
            }
            pages = pdf.getNumberOfPages();
            footers.add(layout, pages, info, styling, document.cover() != null ? 2 : 1);
            for (int number = 1; number <= pages; number++) {
                // PDF/UA: pages with links are navigated in structure order
                pdf.getPage(number).setTabOrder(PdfName.S);
            }
            layout.close();
        }
        return new Output(SubsetPrefixes.normalise(bytes.toByteArray()), pages);
    }
}
