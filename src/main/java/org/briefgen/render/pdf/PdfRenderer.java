package org.briefgen.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.TimeZone;

import org.briefgen.document.Block;
import org.briefgen.document.Cover;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentDigest;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.DocumentText;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;
import org.briefgen.document.NotesPlacement;
import org.briefgen.render.HouseStyle;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * Writes a {@link Document} as a typeset PDF in the house style: letterhead, date, recipient,
 * salutation, subject, body, notes, closing and signature, with the reference and page numbers
 * in every page's footer. Deterministic: the same document gives the same bytes.
 *
 * <p>Build one per run and share it; each {@link #render} call makes its own PDF objects.
 */
public final class PdfRenderer {

    private static final float MM = 72f / 25.4f;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The application named in every PDF's properties. */
    private static final String CREATOR = "briefgen";

    private final HouseStyle style;
    private final FontPrograms fontPrograms;
    /** How the run's PDFs compress their streams (font programs and the colour profile once). */
    private final Compression compression = new Compression();
    private final TextRuns textRuns;
    /** The families and faces data may be set in: every text is checked against each. */
    private final List<FontPrograms.Choice> checkedFaces;
    /** The characters every checked face draws: a text of only these needs no closer look. */
    private final java.util.BitSet coveredByAll;
    private final byte[] logo;
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
        this.textRuns = new TextRuns(fontPrograms);
        String body = style.fonts().body();
        this.checkedFaces = List.of(new FontPrograms.Choice(body, FontPrograms.Face.REGULAR),
                new FontPrograms.Choice(body, FontPrograms.Face.BOLD),
                new FontPrograms.Choice(body, FontPrograms.Face.ITALIC),
                new FontPrograms.Choice(body, FontPrograms.Face.BOLD_ITALIC),
                new FontPrograms.Choice(style.fonts().headings(), FontPrograms.Face.BOLD));
        this.coveredByAll = new java.util.BitSet();
        coveredByAll.set(0, 0x10000);
        for (FontPrograms.Choice font : checkedFaces) {
            coveredByAll.and(fontPrograms.bmp(font.family(), font.face()));
        }
        try {
            this.logo = style.logo() == null ? null : Files.readAllBytes(style.logo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logo " + style.logo(), e);
        }
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
        List<Undrawable> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : DocumentText.strings(document)) {
            if (TextRuns.simple(text, coveredByAll) || !seen.add(text)) {
                continue;
            }
            TextRuns.Problems problems = textRuns.problems(text, checkedFaces);
            if (!problems.isEmpty()) {
                found.add(new Undrawable(text, problems.uncovered(), problems.unshapable()));
            }
        }
        return found;
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
        PdfString id = new PdfString(documentId(document));
        WriterProperties properties = new WriterProperties().setInitialDocumentId(id).setModifiedDocumentId(id);
        XmpPacket xmp = archival ? new XmpPacket(info.title(), info.author(), info.subject(),
                String.join(", ", info.keywords()), CREATOR, info.created()) : null;
        int pages;
        try (PdfDocument pdf = new ReproducibleDocument(compression.writer(bytes, properties), xmp)) {
            if (archival) {
                pdf.addOutputIntent(outputIntent());
                pdf.setTagged();
            }
            describe(pdf, info);
            PageSize pageSize = pageSize();
            com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, pageSize, false);
            layout.setMargins(mm(style.page().top()), mm(style.page().right()), mm(style.page().bottom()),
                    mm(style.page().left()));
            Styling styling = new Styling(style, new DocumentFonts(fontPrograms));
            InlineLayout inlines = new InlineLayout(styling);
            BlockLayout blocks = new BlockLayout(styling, inlines);
            layout.setFont(styling.body(false, false)).setFontSize(styling.bodySize()).setFontColor(styling.text);

            LetterFrame frame = document.frame();
            if (frame != null) {
                opening(layout, frame, styling, inlines, pageSize);
            }
            if (document.cover() != null) {
                titlePage(layout, document.cover(), styling, pageSize);
            }
            for (Block block : document.blocks()) {
                layout.add(block.accept(blocks));
            }
            if (frame != null && style.notesPlacement() == NotesPlacement.AFTER_SIGNATURE) {
                closing(layout, frame, styling, inlines);
                notes(layout, document.notes(), styling, blocks, inlines);
            } else {
                notes(layout, document.notes(), styling, blocks, inlines);
                if (frame != null) {
                    closing(layout, frame, styling, inlines);
                }
            }
            footers(layout, pdf, info, styling, pageSize, document.cover() != null ? 2 : 1);
            pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                // PDF/UA: pages with links are navigated in structure order
                pdf.getPage(page).setTabOrder(PdfName.S);
            }
            layout.close();
        }
        return new Output(SubsetPrefixes.normalise(bytes.toByteArray()), pages);
    }

    /** The sRGB output intent PDF/A asks for, from the JDK's own profile. */
    private static PdfOutputIntent outputIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
    }

    private PageSize pageSize() {
        // whole points, as iText's own sizes (PageSize.A4 is 595 × 842)
        return new PageSize(style.page().size().widthPoints(), style.page().size().heightPoints());
    }

    private static float mm(double millimetres) {
        return (float) (millimetres * MM);
    }

    /** Title, author, subject, keywords, language, and dates from the document, never from the clock. */
    private static void describe(PdfDocument pdf, DocumentInfo info) {
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
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    /** A fixed document ID: a digest of the document itself, so that re-runs give identical files. */
    private static byte[] documentId(Document document) {
        return java.util.Arrays.copyOf(DocumentDigest.sha256(document), 16);
    }

    private void opening(com.itextpdf.layout.Document layout, LetterFrame frame, Styling s, InlineLayout inlines,
            PageSize pageSize) {
        float body = s.bodySize();
        if (!frame.letterhead().isEmpty()) {
            letterhead(layout, frame.letterhead(), s, inlines, pageSize);
        }
        if (!frame.date().isEmpty()) {
            layout.add(s.paragraph(frame.date(), false, false).setFontSize(body).setMarginTop(0).setMarginBottom(body * 1.3f));
        }
        if (!frame.recipient().isEmpty()) {
            layout.add(lines(frame.recipient(), s, inlines, body, false).setMarginBottom(body * 1.6f));
        }
        if (!frame.salutation().inlines().isEmpty()) {
            layout.add(inlines.fill(new Paragraph().setFontSize(body).setMarginBottom(body * 0.9f),
                    frame.salutation().inlines(), body, false));
        }
        if (!frame.subject().inlines().isEmpty()) {
            // the subject line is the letter's title: its first heading for screen readers
            Paragraph subject = new Paragraph().setFont(s.body(true, false)).setFontSize(body)
                    .setMultipliedLeading(s.leading()).setMarginBottom(body * 0.9f);
            subject.getAccessibilityProperties().setRole(StandardRoles.H1);
            layout.add(inlines.fill(subject, frame.subject().inlines(), body, true));
        }
    }

    /**
     * The organisation's name on the left and its contact lines set flush right beside it, then a
     * rule. The name comes first in reading order; the rule is decoration (an artifact).
     */
    private void letterhead(com.itextpdf.layout.Document layout, List<Line> letterhead, Styling s,
            InlineLayout inlines, PageSize pageSize) {
        float top = pageSize.getHeight() - mm(style.page().top());
        float left = mm(style.page().left());
        float width = pageSize.getWidth() - left - mm(style.page().right());
        float nameSize = (float) style.sizes().letterhead();
        float logoHeight = 0;
        if (logo != null) {
            Image image = new Image(ImageDataFactory.create(logo)).setHeight(mm(14)).setMarginBottom(4);
            image.getAccessibilityProperties().setAlternateDescription(letterhead.get(0).plainText() + " logo");
            layout.add(image);
            logoHeight = mm(14) + 4;
        }
        String name = letterhead.get(0).plainText();
        Paragraph nameParagraph = s.paragraph(style.letterheadUppercase() ? name.toUpperCase(Locale.ROOT) : name,
                        style.fonts().headings(), true, false).setFontSize(nameSize).setFontColor(s.accent)
                .setCharacterSpacing(nameSize * 0.04f).setMultipliedLeading(1.0f).setMargin(0)
                .setWidth(width * 0.58f);
        layout.add(nameParagraph);
        float nameHeight = logoHeight + nameSize * 1.0f;
        float contactHeight = 0;
        if (letterhead.size() > 1) {
            float small = s.smallSize();
            float leading = small * 1.3f;
            contactHeight = (letterhead.size() - 1) * leading + small * 0.3f;
            Paragraph contact = lines(letterhead.subList(1, letterhead.size()), s, inlines, small, false)
                    .setTextAlignment(TextAlignment.RIGHT).setFontColor(s.muted).setFixedLeading(leading)
                    .setFixedPosition(1, left + width * 0.58f, top - contactHeight, width * 0.42f);
            layout.add(contact);
        }
        LineSeparator rule = new LineSeparator(new SolidLine(1.1f)).setStrokeColor(s.accent)
                .setMarginTop(Math.max(0, contactHeight - nameHeight) + mm(4)).setMarginBottom(s.bodySize() * 2.2f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        layout.add(rule);
    }

    /**
     * A title page: the organisation's name at the head, the title and subtitle in the upper third,
     * who and when beneath; the body starts on the next page.
     */
    private void titlePage(com.itextpdf.layout.Document layout, Cover cover, Styling s, PageSize pageSize) {
        float usable = pageSize.getHeight() - mm(style.page().top()) - mm(style.page().bottom());
        float titleSize = (float) style.sizes().heading(1) * 2.1f;
        Paragraph title = s.paragraph(cover.title(), style.fonts().headings(), true, false).setFontSize(titleSize)
                .setFontColor(s.accent).setMultipliedLeading(1.1f).setMarginTop(usable * 0.28f).setMarginBottom(6);
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        layout.add(title);
        if (!cover.subtitle().isEmpty()) {
            layout.add(s.paragraph(cover.subtitle(), false, false)
                    .setFontSize((float) style.sizes().heading(2) * 1.4f).setFontColor(s.muted).setMarginTop(0)
                    .setMarginBottom(s.bodySize() * 2.5f));
        }
        LineSeparator rule = new LineSeparator(new SolidLine(1.1f)).setStrokeColor(s.accent)
                .setWidth(UnitValue.createPercentValue(25)).setMarginBottom(s.bodySize() * 1.5f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        layout.add(rule);
        for (String line : cover.lines()) {
            layout.add(s.paragraph(line, false, false).setFontSize(s.bodySize() * 1.15f).setMargin(0).setMultipliedLeading(1.4f));
        }
        layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }

    /** Lines as one paragraph with line breaks, so they keep together and read in order. */
    private static Paragraph lines(List<Line> lines, Styling s, InlineLayout inlines, float size, boolean bold) {
        Paragraph p = new Paragraph().setFontSize(size).setMultipliedLeading(1.3f).setMargin(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.add(new Text("\n"));
            }
            inlines.fill(p, lines.get(i).inlines(), size, bold);
        }
        return p;
    }

    private void notes(com.itextpdf.layout.Document layout, List<Note> notes, Styling s, BlockLayout blocks,
            InlineLayout inlines) {
        if (notes.isEmpty()) {
            return;
        }
        float small = s.smallSize();
        BlockLayout noteBlocks = blocks.sized(small);
        LineSeparator rule = new LineSeparator(new SolidLine(0.6f)).setStrokeColor(s.rule)
                .setWidth(UnitValue.createPercentValue(30)).setMarginTop(s.bodySize() * 0.8f)
                .setMarginBottom(small * 0.8f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        // the rule travels with the first note, so a heading kept with it is never left alone
        Div opening = new Div().setKeepTogether(true);
        opening.add(rule);
        boolean first = true;
        for (Note note : notes) {
            Div div = new Div().setMarginBottom(small * 0.5f).setKeepTogether(true);
            div.getAccessibilityProperties().setRole(StandardRoles.NOTE)
                    .setStructureElementIdString("note-" + note.number());
            for (int i = 0; i < note.blocks().size(); i++) {
                IBlockElement element = note.blocks().get(i).accept(noteBlocks);
                if (i == 0 && element instanceof Paragraph p) {
                    // the number leads the note's first paragraph, raised as in the text
                    Text number = inlines.noteMarker(note.number(), small * 1.25f);
                    number.getAccessibilityProperties().setRole(StandardRoles.LBL);
                    p.getChildren().add(0, number);
                    p.getChildren().add(1, new Text("\u2009"));
                    p.setMultipliedLeading(1.3f).setMarginBottom(0);
                }
                div.add(element);
            }
            if (first) {
                opening.add(div);
                layout.add(opening);
                first = false;
            } else {
                layout.add(div);
            }
        }
    }

    private static void closing(com.itextpdf.layout.Document layout, LetterFrame frame, Styling s,
            InlineLayout inlines) {
        float body = s.bodySize();
        Div block = new Div().setKeepTogether(true).setMarginTop(body * 0.6f);
        if (!frame.closing().inlines().isEmpty()) {
            block.add(inlines.fill(new Paragraph().setFontSize(body).setMarginBottom(body * 2.6f),
                    frame.closing().inlines(), body, false));
        }
        for (int i = 0; i < frame.signature().size(); i++) {
            boolean first = i == 0;
            block.add(inlines.fill(new Paragraph().setFont(s.body(first, false)).setFontSize(body).setMargin(0)
                    .setMultipliedLeading(1.3f), frame.signature().get(i).inlines(), body, first));
        }
        layout.add(block);
    }

    /** Reference on the left, "Page n of N" on the right, on every page. */
    private void footers(com.itextpdf.layout.Document layout, PdfDocument pdf, DocumentInfo info, Styling s,
            PageSize pageSize, int firstPage) {
        int pages = pdf.getNumberOfPages();
        float y = mm(style.page().bottom()) * 0.45f;
        float left = mm(style.page().left());
        float right = pageSize.getWidth() - mm(style.page().right());
        for (int page = firstPage; page <= pages; page++) {
            if (!info.reference().isEmpty()) {
                layout.showTextAligned(footer("Ref. " + info.reference(), s), left, y, page, TextAlignment.LEFT,
                        VerticalAlignment.BOTTOM, 0);
            }
            layout.showTextAligned(footer("Page " + page + " of " + pages, s), right, y, page, TextAlignment.RIGHT,
                    VerticalAlignment.BOTTOM, 0);
        }
    }

    /** Footer text: repeated on every page, so an artifact, not content. */
    private static Paragraph footer(String text, Styling s) {
        Paragraph p = s.paragraph(text, false, false).setFontSize(s.smallSize() * 0.95f)
                .setFontColor(s.muted).setMargin(0);
        p.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return p;
    }
}
