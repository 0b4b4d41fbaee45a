package org.briefgen.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;
import org.briefgen.render.HouseStyle;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
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

    private final HouseStyle style;
    private final FontPrograms fontPrograms;
    private final byte[] logo;

    public PdfRenderer(HouseStyle style) {
        this.style = style;
        this.fontPrograms = new FontPrograms(style.fonts().body(), style.fonts().headings(), "mono");
        try {
            this.logo = style.logo() == null ? null : Files.readAllBytes(style.logo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logo " + style.logo(), e);
        }
    }

    /** A rendered PDF and its number of pages. */
    public record Output(byte[] bytes, int pages) {
    }

    /** The PDF of {@code document}. */
    public Output render(Document document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96 * 1024);
        DocumentInfo info = document.info();
        PdfString id = new PdfString(documentId(document));
        WriterProperties properties = new WriterProperties().setInitialDocumentId(id).setModifiedDocumentId(id);
        int pages;
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(bytes, properties))) {
            describe(pdf, info);
            PageSize pageSize = pageSize();
            com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, pageSize, false);
            layout.setMargins(mm(style.page().top()), mm(style.page().right()), mm(style.page().bottom()),
                    mm(style.page().left()));
            DocumentFonts fonts = new DocumentFonts(fontPrograms);
            Styling styling = new Styling(style, fonts);
            InlineLayout inlines = new InlineLayout(styling);
            BlockLayout blocks = new BlockLayout(styling, inlines);
            layout.setFont(styling.body(false, false)).setFontSize(styling.bodySize()).setFontColor(styling.text);

            LetterFrame frame = document.frame();
            if (frame != null) {
                opening(layout, frame, styling, inlines);
            }
            for (Block block : document.blocks()) {
                layout.add(block.accept(blocks));
            }
            if (frame != null) {
                if (style.notesBeforeClosing()) {
                    notes(layout, document.notes(), styling, blocks, inlines);
                    closing(layout, frame, styling, inlines);
                } else {
                    closing(layout, frame, styling, inlines);
                    notes(layout, document.notes(), styling, blocks, inlines);
                }
            } else {
                notes(layout, document.notes(), styling, blocks, inlines);
            }
            footers(layout, pdf, info, styling, pageSize);
            pages = pdf.getNumberOfPages();
            // draw everything, then write the fonts in a fixed order, before the document closes
            layout.getRenderer().close();
            fonts.flushInOrder();
            layout.close();
        }
        return new Output(SubsetPrefixes.normalise(bytes.toByteArray()), pages);
    }

    private PageSize pageSize() {
        return switch (style.page().size().toUpperCase(Locale.ROOT)) {
            case "A5" -> PageSize.A5;
            case "LETTER" -> PageSize.LETTER;
            case "LEGAL" -> PageSize.LEGAL;
            default -> PageSize.A4;
        };
    }

    private static float mm(double millimetres) {
        return (float) (millimetres * MM);
    }

    /** Title, author, subject, keywords, language, and dates from the document, never from the clock. */
    private static void describe(PdfDocument pdf, DocumentInfo info) {
        PdfDocumentInfo pdfInfo = pdf.getDocumentInfo();
        pdfInfo.setTitle(info.title()).setAuthor(info.author()).setSubject(info.subject())
                .setCreator("briefgen");
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(document.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void opening(com.itextpdf.layout.Document layout, LetterFrame frame, Styling s, InlineLayout inlines) {
        float body = s.bodySize();
        if (!frame.letterhead().isEmpty()) {
            layout.add(letterhead(frame.letterhead(), s, inlines));
        }
        if (!frame.date().isEmpty()) {
            layout.add(new Paragraph(frame.date()).setFontSize(body).setMarginTop(0).setMarginBottom(body * 1.3f));
        }
        if (!frame.recipient().isEmpty()) {
            layout.add(lines(frame.recipient(), s, inlines, body, false).setMarginBottom(body * 1.6f));
        }
        if (!frame.salutation().inlines().isEmpty()) {
            layout.add(inlines.fill(new Paragraph().setFontSize(body).setMarginBottom(body * 0.9f),
                    frame.salutation().inlines(), body, false));
        }
        if (!frame.subject().inlines().isEmpty()) {
            layout.add(inlines.fill(new Paragraph().setFont(s.body(true, false)).setFontSize(body)
                    .setMultipliedLeading(s.leading()).setMarginBottom(body * 0.9f), frame.subject().inlines(),
                    body, true));
        }
    }

    /** Organisation name on the left, contact lines on the right, a rule beneath. */
    private IBlockElement letterhead(List<Line> letterhead, Styling s, InlineLayout inlines) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {58, 42})).useAllAvailableWidth();
        Cell left = new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
        if (logo != null) {
            left.add(new Image(ImageDataFactory.create(logo)).setHeight(mm(14)).setMarginBottom(4));
        }
        String name = letterhead.get(0).plainText();
        float nameSize = (float) style.sizes().letterhead();
        left.add(new Paragraph(style.letterheadUppercase() ? name.toUpperCase(Locale.ROOT) : name)
                .setFont(s.heading()).setFontSize(nameSize).setFontColor(s.accent).setCharacterSpacing(nameSize * 0.04f)
                .setMultipliedLeading(1.0f).setMargin(0));
        table.addCell(left);
        Cell right = new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
        if (letterhead.size() > 1) {
            Paragraph contact = lines(letterhead.subList(1, letterhead.size()), s, inlines, s.smallSize(), false)
                    .setTextAlignment(TextAlignment.RIGHT).setFontColor(s.muted).setMultipliedLeading(1.3f);
            right.add(contact);
        }
        table.addCell(right);
        Div div = new Div().setMarginBottom(s.bodySize() * 2.2f);
        div.add(table);
        div.add(new LineSeparator(new SolidLine(1.1f)).setStrokeColor(s.accent).setMarginTop(mm(4)));
        return div;
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
        layout.add(new LineSeparator(new SolidLine(0.6f)).setStrokeColor(s.rule)
                .setWidth(UnitValue.createPercentValue(30)).setMarginTop(s.bodySize() * 0.8f)
                .setMarginBottom(small * 0.8f));
        for (Note note : notes) {
            Div div = new Div().setMarginBottom(small * 0.5f).setKeepTogether(true);
            for (int i = 0; i < note.blocks().size(); i++) {
                IBlockElement element = note.blocks().get(i).accept(noteBlocks);
                if (i == 0 && element instanceof Paragraph p) {
                    // the number leads the note's first paragraph, raised as in the text
                    p.getChildren().add(0, inlines.noteMarker(note.number(), small * 1.25f));
                    p.getChildren().add(1, new Text("\u2009"));
                    p.setMultipliedLeading(1.3f).setMarginBottom(0);
                }
                div.add(element);
            }
            layout.add(div);
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
            PageSize pageSize) {
        int pages = pdf.getNumberOfPages();
        float y = mm(style.page().bottom()) * 0.45f;
        float left = mm(style.page().left());
        float right = pageSize.getWidth() - mm(style.page().right());
        for (int page = 1; page <= pages; page++) {
            if (!info.reference().isEmpty()) {
                layout.showTextAligned(footer("Ref. " + info.reference(), s), left, y, page, TextAlignment.LEFT,
                        VerticalAlignment.BOTTOM, 0);
            }
            layout.showTextAligned(footer("Page " + page + " of " + pages, s), right, y, page, TextAlignment.RIGHT,
                    VerticalAlignment.BOTTOM, 0);
        }
    }

    private static Paragraph footer(String text, Styling s) {
        return new Paragraph(text).setFont(s.body(false, false)).setFontSize(s.smallSize() * 0.95f)
                .setFontColor(s.muted).setMargin(0);
    }
}
