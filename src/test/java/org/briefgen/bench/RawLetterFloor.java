package org.briefgen.bench;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * The raw-iText floor of {@code bench/batch.sh}: the bundled Amazon UK letter (CE-2020-001) laid
 * out directly with iText 9, with no data, templates or Markdown, as briefgen lays it out and with
 * its output options (tagged, PDF/A-2a and PDF/UA-1 identification in XMP written as text, sRGB
 * output intent, embedded Liberation subsets), each letter written to its own file. Its notes stand
 * at the foot of their pages, the feet kept by hand: one layout, as briefgen's own (since issue 29's
 * one-layout feet, {@code FootFit}) is.
 *
 * <p>Usage: {@code RawLetterFloor LETTERS THREADS OUT-DIR}. Fonts are parsed once; each letter
 * gets its own {@link PdfFont}s. Letter {@code i} carries reference {@code FLOOR-i} in its footer.
 */
public final class RawLetterFloor {

    private static final float MM = 72f / 25.4f;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final Color TEXT = new DeviceRgb(0x1d, 0x1d, 0x22);
    private static final Color ACCENT = new DeviceRgb(0x6a, 0x1b, 0x4d);
    private static final Color ACCENT_LIGHT = new DeviceRgb(0xe7, 0xd3, 0xdf);
    private static final Color MUTED = new DeviceRgb(0x5d, 0x5d, 0x68);
    private static final Color RULE = new DeviceRgb(0xc8, 0xc8, 0xd0);
    /** The light accent mixed with 60% white, as briefgen's chart track. */
    private static final Color TRACK = new DeviceRgb(0xf5, 0xed, 0xf2);
    private static final float BODY = 10f;
    private static final float SMALL = 8.5f;
    private static final float LEADING = 1.38f;

    private final FontProgram regular;
    private final FontProgram bold;
    private final FontProgram italic;

    /** Parses the Liberation Sans faces the letter uses, once. */
    public RawLetterFloor() {
        regular = font("Regular");
        bold = font("Bold");
        italic = font("Italic");
    }

    private static FontProgram font(String face) {
        String resource = "/liberation/LiberationSans-" + face + ".ttf";
        try (InputStream in = RawLetterFloor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: RawLetterFloor LETTERS THREADS OUT-DIR");
            System.exit(2);
        }
        int letters = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        long start = System.nanoTime();
        RawLetterFloor floor = new RawLetterFloor();
        long fontsParsed = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> pages = new ArrayList<>();
        for (int i = 1; i <= letters; i++) {
            int n = i;
            pages.add(pool.submit(() -> {
                try (OutputStream file = new BufferedOutputStream(
                        Files.newOutputStream(out.resolve(String.format("FLOOR-%05d.pdf", n))), 64 * 1024)) {
                    return floor.write(n, file);
                }
            }));
        }
        long total = 0;
        for (Future<Integer> p : pages) {
            total += p.get();
        }
        pool.shutdown();
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "raw-iText floor: %d letters (%d pages) on %d thread%s in %.2f s: %.1f letters/s"
                + " (fonts parsed in %.2f s, not counted)%n", letters, total, threads, threads == 1 ? "" : "s",
                (end - fontsParsed) / 1e9, letters / ((end - fontsParsed) / 1e9), (fontsParsed - start) / 1e9);
    }

    /** Writes letter {@code n} to {@code out}; returns its number of pages. */
    public int write(int n, OutputStream out) {
        String reference = String.format("FLOOR-%05d", n);
        String title = "Cloud analytics: letter to Amazon UK";
        String keywords = reference + ", Cloud analytics, Amazon UK";
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        int pages;
        try (PdfDocument pdf = new Xmp(writer, xmp(title, keywords))) {
            pdf.addOutputIntent(new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    new ByteArrayInputStream(SRGB)));
            pdf.setTagged();
            pdf.getDocumentInfo().setTitle(title).setAuthor("Privacy International").setSubject(SUBJECT)
                    .setCreator("briefgen").setKeywords(keywords);
            pdf.getCatalog().setLang(new PdfString("en-GB"));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            Fonts f = new Fonts(PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H,
                    EmbeddingStrategy.FORCE_EMBEDDED),
                    PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H,
                            EmbeddingStrategy.FORCE_EMBEDDED),
                    PdfFontFactory.createFont(italic, PdfEncodings.IDENTITY_H,
                            EmbeddingStrategy.FORCE_EMBEDDED));
            Document doc = new Document(pdf, PageSize.A4, false);
            doc.setMargins(16 * MM, 20 * MM, 24 * MM, 22 * MM);
            doc.setRenderer(new FootsKept(doc));
            doc.setFont(f.regular).setFontSize(BODY).setFontColor(TEXT);
            letter(doc, f);
            pages = pdf.getNumberOfPages();
            footers(doc, f, reference, pages);
            for (int page = 1; page <= pages; page++) {
                pdf.getPage(page).setTabOrder(PdfName.S);
            }
            doc.close();
        }
        return pages;
    }

    private record Fonts(PdfFont regular, PdfFont bold, PdfFont italic) {
    }

    private static void letter(Document doc, Fonts f) {
        letterhead(doc, f);
        doc.add(new Paragraph("7 January 2020").setFontSize(BODY).setMarginTop(0).setMarginBottom(BODY * 1.3f));
        doc.add(lines(List.of("Amazon UK", "via email: eu-privacy@amazon.co.uk", "and via Twitter @AmazonUK"), f,
                BODY).setMarginBottom(BODY * 1.6f));
        doc.add(new Paragraph(new Text("Dear Sir/Madam,").setFont(f.regular)).setFontSize(BODY)
                .setMarginBottom(BODY * 0.9f));
        Paragraph subject = new Paragraph(new Text("RE: " + SUBJECT).setFont(f.bold)).setFont(f.bold)
                .setFontSize(BODY).setMultipliedLeading(LEADING).setMarginBottom(BODY * 0.9f);
        subject.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(subject);

        Paragraph first = paragraph(f).add(new Text("It is apparent from our research (attached and ")
                .setFont(f.regular));
        Link here = new Link("here", PdfAction.createURI("https://privacyinternational.org/"));
        here.getLinkAnnotation().setContents("here: https://privacyinternational.org/")
                .setBorder(new PdfArray(new float[] {0, 0, 0}));
        here.getAccessibilityProperties().setAlternateDescription("here: https://privacyinternational.org/");
        here.setFont(f.regular).setFontColor(ACCENT).setUnderline(0.5f, -1.5f);
        doc.add(first.add(here).add(new Text(") that your product Amazon Alexa can be accessed using Oxygen Forensics"
                + " Cloud Extractor.").setFont(f.regular)));
        doc.add(paragraph(f).add(new Text("We therefore ").setFont(f.regular)).add(new Text("seek a response from you"
                + " on your position on the use of cloud analytics technologies by law enforcement").setFont(f.bold))
                .add(new Text(" to obtain cloud stored data as we believe the use of these technologies presents a"
                        + " significant issue for the security of your customers' data.").setFont(f.regular)));
        doc.add(paragraph(f, "Oxygen Forensics states that:"));
        for (String quote : QUOTES) {
            Div div = new Div().setMarginLeft(BODY * 0.9f).setMarginRight(BODY * 1.5f).setPaddingLeft(BODY)
                    .setMarginBottom(BODY * 0.75f).setBorderLeft(new SolidBorder(ACCENT_LIGHT, 2.2f));
            div.getAccessibilityProperties().setRole(StandardRoles.BLOCKQUOTE);
            div.add(paragraph(f, quote).setMarginBottom(BODY * 0.5f));
            doc.add(div);
        }
        doc.add(paragraph(f).add(new Text("Please respond no later than ").setFont(f.regular))
                .add(new Text("17 January 2020").setFont(f.bold)).add(new Text(". Please note that we will assume we"
                        + " can publish your response unless you state otherwise. If we do not hear from you, we will"
                        + " publish that you have not responded.").setFont(f.regular)));

        doc.add(heading(f, 2, "Summary of the research"));
        com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List().setListSymbol("\u2022")
                .setSymbolIndent(BODY * 0.9f);
        list.setFont(f.regular).setFontSize(BODY).setFontColor(TEXT);
        list.setMarginLeft(BODY * 0.6f).setMarginTop(0).setMarginBottom(BODY * 0.75f);
        for (int i = 0; i < SUMMARY.size(); i++) {
            Paragraph item = paragraph(f, SUMMARY.get(i)).setMarginBottom(BODY * 0.3f);
            if (i == 0) {
                item.add(marker(f, 1, BODY));
            }
            ListItem li = new ListItem();
            li.add(item);
            list.add(li);
        }
        doc.add(list);

        doc.add(heading(f, 2, "Your customers need you to protect their data"));
        doc.add(paragraph(f).add(new Text("Our research has shown that your customer data can be accessed using cloud"
                + " extraction software and hardware. Despite the fact that you store your customer data in the Cloud,"
                + " a YouGov poll").setFont(f.regular)).add(marker(f, 2, BODY)).add(new Text(" revealed that a large"
                        + " number of individuals in the UK who do not understand the term 'cloud computing'.")
                        .setFont(f.regular)));
        doc.add(heading(f, 3, UNDERSTAND));
        doc.add(chart(f, UNDERSTAND, new String[] {"Very well", "Fairly well", "Not very well", "Not at all",
                "Don't know"}, new double[] {11.0, 29.0, 27.0, 20.0, 13.0}, "Illustrative figures, not survey results:"
                        + " the letter's chart of this question is lost and its distribution is not given"));
        doc.add(paragraph(f, "The results also showed that 45.6% of people have not thought about where data created"
                + " by apps on their phone is stored and 44.3% of people do not know or think that apps on their phone"
                + " use cloud storage."));
        doc.add(heading(f, 3, APPS));
        doc.add(chart(f, APPS, new String[] {"Yes", "No or don't know"}, new double[] {55.7, 44.3},
                "Yes (55.7%): derived, 100% less the reported 44.3%"));
        doc.add(paragraph(f, "We believe that it is a serious concern that people don't where their data is stored,"
                + " but the police do \u2013 and they can access vast troves of highly sensitive data at the push of a"
                + " button."));
        doc.add(paragraph(f, "We look forward to hearing from you."));

        Div closing = new Div().setKeepTogether(true).setMarginTop(BODY * 0.6f);
        closing.add(new Paragraph(new Text("Kind regards,").setFont(f.regular)).setFontSize(BODY)
                .setMarginBottom(BODY * 2.6f));
        closing.add(new Paragraph(new Text("Camilla Graham Wood").setFont(f.bold)).setFont(f.bold).setFontSize(BODY)
                .setMargin(0).setMultipliedLeading(1.3f));
        closing.add(new Paragraph(new Text("Privacy International").setFont(f.regular)).setFont(f.regular)
                .setFontSize(BODY).setMargin(0).setMultipliedLeading(1.3f));
        doc.add(closing);
        notes(doc, f);
    }

    /**
     * The points kept at each page's foot for the note it cites, as briefgen keeps them for this letter
     * (the rule, the gaps and the note): set by hand, as a designer would, in one layout.
     */
    private static final float[] FEET = {71.09f, 58.76f};

    /** The body's pages, each ending {@link #FEET} above the bottom margin. */
    private static final class FootsKept extends com.itextpdf.layout.renderer.DocumentRenderer {

        FootsKept(Document doc) {
            super(doc, false);
        }

        @Override
        protected com.itextpdf.layout.layout.LayoutArea updateCurrentArea(
                com.itextpdf.layout.layout.LayoutResult overflow) {
            com.itextpdf.layout.layout.LayoutArea area = super.updateCurrentArea(overflow);
            int page = area.getPageNumber();
            if (page <= FEET.length) {
                com.itextpdf.kernel.geom.Rectangle box = area.getBBox();
                box.setY(box.getY() + FEET[page - 1]).setHeight(box.getHeight() - FEET[page - 1]);
            }
            return area;
        }
    }

    private static void letterhead(Document doc, Fonts f) {
        float top = PageSize.A4.getHeight() - 16 * MM;
        float left = 22 * MM;
        float width = PageSize.A4.getWidth() - left - 20 * MM;
        float nameSize = 19f;
        doc.add(new Paragraph("PRIVACY INTERNATIONAL").setFont(f.bold).setFontSize(nameSize).setFontColor(ACCENT)
                .setCharacterSpacing(nameSize * 0.04f).setMultipliedLeading(1.0f).setMargin(0)
                .setWidth(width * 0.58f));
        float leading = SMALL * 1.3f;
        float contactHeight = CONTACT.size() * leading + SMALL * 0.3f;
        doc.add(lines(CONTACT, f, SMALL).setTextAlignment(TextAlignment.RIGHT).setFontColor(MUTED)
                .setFixedLeading(leading).setFixedPosition(1, left + width * 0.58f, top - contactHeight,
                        width * 0.42f));
        LineSeparator rule = new LineSeparator(new SolidLine(1.1f)).setStrokeColor(ACCENT)
                .setMarginTop(Math.max(0, contactHeight - nameSize) + 4 * MM).setMarginBottom(BODY * 2.2f);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        doc.add(rule);
    }

    private static Paragraph lines(List<String> lines, Fonts f, float size) {
        Paragraph p = new Paragraph().setFontSize(size).setMultipliedLeading(1.3f).setMargin(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.add(new Text("\n"));
            }
            p.add(new Text(lines.get(i)).setFont(f.regular));
        }
        return p;
    }

    private static Paragraph paragraph(Fonts f) {
        return new Paragraph().setFont(f.regular).setFontSize(BODY).setFontColor(TEXT).setMultipliedLeading(LEADING)
                .setMarginTop(0).setMarginBottom(BODY * 0.75f);
    }

    private static Paragraph paragraph(Fonts f, String text) {
        return paragraph(f).add(new Text(text).setFont(f.regular));
    }

    private static Paragraph heading(Fonts f, int level, String text) {
        float size = level == 2 ? 11.5f : 10f;
        Paragraph p = new Paragraph(new Text(text).setFont(f.bold)).setFont(f.bold).setFontSize(size)
                .setFontColor(level <= 2 ? ACCENT : TEXT).setMultipliedLeading(1.2f)
                .setMarginTop(level <= 2 ? BODY * 1.3f : BODY * 0.9f).setMarginBottom(BODY * 0.45f);
        p.setKeepWithNext(true);
        p.getAccessibilityProperties().setRole("H" + level);
        return p;
    }

    private static Text marker(Fonts f, int number, float size) {
        Text marker = (Text) new Text(Integer.toString(number)).setFont(f.regular).setFontSize(size * 0.62f)
                .setTextRise(size * 0.36f);
        marker.getAccessibilityProperties().setRole(StandardRoles.REFERENCE);
        return marker;
    }

    /** Label, bar (two filled rectangles: track and value), value; one Figure with the data as its alt text. */
    private static Div chart(Fonts f, String title, String[] labels, double[] values, String note) {
        Table t = new Table(UnitValue.createPercentArray(new float[] {38, 50, 12})).useAllAvailableWidth();
        t.getAccessibilityProperties().setRole(null);
        StringBuilder alt = new StringBuilder("Bar chart: ").append(title);
        for (int i = 0; i < labels.length; i++) {
            String value = values[i] + "%";
            alt.append(i == 0 ? " " : ", ").append(labels[i]).append(' ').append(value);
            Paragraph label = new Paragraph(labels[i]).setFont(f.regular).setFontSize(BODY * 0.95f).setFontColor(TEXT)
                    .setMargin(0).setMultipliedLeading(1.15f);
            t.addCell(untagged(new Cell().add(label).setBorder(Border.NO_BORDER).setPaddingLeft(0).setPaddingRight(8)
                    .setPaddingTop(2.5f).setPaddingBottom(2.5f).setVerticalAlignment(VerticalAlignment.MIDDLE)));
            Div track = new Div().setWidth(UnitValue.createPercentValue(100)).setHeight(BODY * 1.15f)
                    .setBackgroundColor(TRACK);
            track.add(new Div().setWidth(UnitValue.createPercentValue((float) values[i])).setHeight(BODY * 1.15f)
                    .setBackgroundColor(ACCENT));
            t.addCell(untagged(new Cell().add(track).setBorder(Border.NO_BORDER).setPadding(2.5f)
                    .setVerticalAlignment(VerticalAlignment.MIDDLE)));
            t.addCell(untagged(new Cell().add(new Paragraph(value).setFont(f.bold).setFontSize(BODY * 0.95f)
                    .setFontColor(TEXT).setMargin(0).setTextAlignment(TextAlignment.RIGHT)).setBorder(Border.NO_BORDER)
                    .setPaddingLeft(4).setPaddingRight(0).setVerticalAlignment(VerticalAlignment.MIDDLE)));
        }
        Div figure = new Div();
        figure.getAccessibilityProperties().setRole(StandardRoles.FIGURE).setAlternateDescription(alt.toString());
        figure.add(t);
        Div block = new Div().setMarginTop(BODY * 0.2f).setMarginBottom(BODY * 0.9f).setKeepTogether(true);
        block.add(figure);
        block.add(new Paragraph(note).setFont(f.italic).setFontSize(SMALL).setFontColor(MUTED)
                .setMarginTop(SMALL * 0.3f).setMarginBottom(0).setMultipliedLeading(1.25f));
        return block;
    }

    private static Cell untagged(Cell cell) {
        cell.getAccessibilityProperties().setRole(null);
        return cell;
    }

    /** Each note at the foot of its page (note n on page n), under a short rule. */
    private static void notes(Document doc, Fonts f) {
        float left = 22 * MM;
        float width = PageSize.A4.getWidth() - 42 * MM;
        for (int i = 0; i < NOTES.size(); i++) {
            int page = i + 1;
            LineSeparator rule = new LineSeparator(new SolidLine(0.6f)).setStrokeColor(RULE);
            rule.setFixedPosition(page, left, 24 * MM + FEET[i] - BODY * 1.1f, width * 0.3f);
            rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            doc.add(rule);
            Div div = new Div().setFixedPosition(page, left, 24 * MM + SMALL * 0.45f, width);
            div.getAccessibilityProperties().setRole(StandardRoles.NOTE).setStructureElementIdString("note-" + (i + 1));
            Text number = marker(f, i + 1, SMALL * 1.25f);
            number.getAccessibilityProperties().setRole(StandardRoles.LBL);
            Paragraph p = new Paragraph().setFont(f.regular).setFontSize(SMALL).setFontColor(TEXT)
                    .setMultipliedLeading(1.3f).setMarginTop(0).setMarginBottom(0);
            p.add(number).add(new Text("\u2009")).add(new Text(NOTES.get(i)).setFont(f.regular));
            div.add(p);
            doc.add(div);
        }
    }

    private static void footers(Document doc, Fonts f, String reference, int pages) {
        float y = 24 * MM * 0.45f;
        float left = 22 * MM;
        float right = PageSize.A4.getWidth() - 20 * MM;
        for (int page = 1; page <= pages; page++) {
            doc.showTextAligned(footer("Ref. " + reference, f), left, y, page, TextAlignment.LEFT,
                    VerticalAlignment.BOTTOM, 0);
            doc.showTextAligned(footer("Page " + page + " of " + pages, f), right, y, page, TextAlignment.RIGHT,
                    VerticalAlignment.BOTTOM, 0);
        }
    }

    private static Paragraph footer(String text, Fonts f) {
        Paragraph p = new Paragraph(text).setFont(f.regular).setFontSize(SMALL * 0.95f).setFontColor(MUTED)
                .setMargin(0);
        p.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return p;
    }

    /** A document whose XMP metadata is the packet given, written as it is (as briefgen does). */
    private static final class Xmp extends PdfDocument {
        private final String packet;

        Xmp(PdfWriter writer, String packet) {
            super(writer);
            this.packet = packet;
        }

        @Override
        protected void updateXmpMetadata() {
            // PDF/A: the XMP states what the info dictionary states, including the dates iText stamps
            String producer = getDocumentInfo().getProducer();
            String created = PdfDate.getW3CDate(getDocumentInfo().getMoreInfo("CreationDate"));
            String modified = PdfDate.getW3CDate(getDocumentInfo().getMoreInfo("ModDate"));
            String dates = "<xmp:CreateDate>" + created + "</xmp:CreateDate>\n<xmp:ModifyDate>" + modified
                    + "</xmp:ModifyDate>\n";
            getCatalog().put(PdfName.Metadata, new PdfStream(packet.replace("@PRODUCER@", escape(producer))
                    .replace("@DATES@", dates).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The PDF/A-2a + PDF/UA-1 identification with the document's properties, as briefgen writes it. */
    private static String xmp(String title, String keywords) {
        StringBuilder subjects = new StringBuilder();
        for (String k : keywords.split(", ")) {
            subjects.append("<rdf:li>").append(escape(k)).append("</rdf:li>");
        }
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>Privacy International</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(SUBJECT)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:subject><rdf:Bag>" + subjects + "</rdf:Bag></dc:subject>\n"
                + "<pdf:Keywords>" + escape(keywords) + "</pdf:Keywords>\n"
                + "<pdf:Producer>@PRODUCER@</pdf:Producer>\n"
                + "<xmp:CreatorTool>briefgen</xmp:CreatorTool>\n@DATES@"
                + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
                + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "<pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\n"
                + "<pdfaProperty:name>part</pdfaProperty:name>\n"
                + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static final String SUBJECT = "Cloud analytics: Request for response regarding potential misuse of your"
            + " customer data";
    private static final List<String> CONTACT = List.of("62 Britton Street", "London EC1M 5UY", "United Kingdom",
            "Phone +44 (0)20 3422 4321", "www.privacyinternational.org");
    private static final List<String> QUOTES = List.of("\"The valuable data extracted can contain a wealth of"
            + " information to include account and device details, contracts, user activity, incoming and outgoing"
            + " messages, calendars, notifications, user created lists, created/installed skills, preferences, and"
            + " more. One amazing feature in the software is the ability to extract the stored voice commands given to"
            + " Alexa by the user. The users actual voice! The information extracted from Amazon will undoubtedly give"
            + " tremendous insights into the user's everyday activity, their contacts, shared messages and valuable"
            + " voice commands.\"",
            "\"When an Alexa user utters the wake word to perform a skill a recording of the"
                    + " query is sent to the user's Amazon cloud account. The user specific request is processed, and a"
                    + " response is returned to the device. Investigators, armed with Oxygen Forensic Cloud Extractor, can"
                    + " extract Amazon Alexa data to include these valuable recordings of that actual utterance by the"
                    + " user.\"");
    private static final List<String> SUMMARY = List.of("Law enforcement are increasingly using cloud analytics",
            "This can be used to obtain vast quantities of your customers' data outside the normal legal frameworks"
                    + " for obtaining customer data in the course of criminal investigations e.g. via warrant to"
                    + " Amazon.",
            "Emotion and facial recognition can be applied to your customers' data",
            "Cloud analytics software is being used without any transparency and in the absence of clear, accessible"
                    + " and effective legal frameworks",
            "There is a risk of abuse and misuse of customer data and miscarriage of justice");
    private static final String UNDERSTAND = "How well, if at all, do you understand what the term 'cloud computing'"
            + " means?";
    private static final String APPS = "Do any of the apps on your smartphone use cloud storage?";
    private static final List<String> NOTES = List.of("Cellebrite, a prominent vendor of surveillance technology used"
            + " to extract data from mobile phones, notes in its Annual Trend Survey that in approximately half of all"
            + " investigations, cloud data 'appears' and that '[t]ypically, this data involves social media or"
            + " application data that does not reside on the physical device.' That it 'does not reside on the"
            + " physical device' indicates that law enforcement is turning to 'cloud extraction'.",
            "All figures, unless otherwise stated, are from YouGov Plc. Total sample size was 2072 adults. Fieldwork"
                    + " was undertaken between 7th \u2013 8th November 2019. The survey was carried out online. The"
                    + " figures have been weighted and are representative of all GB adults (aged 18+).");
}
