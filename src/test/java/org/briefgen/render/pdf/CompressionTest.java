package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.BiFunction;

import org.briefgen.render.pdf.file.DocumentDates;
import org.briefgen.render.pdf.file.ReproducibleDocument;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * briefgen compresses the streams of its PDFs itself (those every letter has in common, font
 * programs and the colour profile, once a run): the PDFs must be byte for byte what iText writes.
 */
class CompressionTest {

    private static final byte[] SANS = resource("/liberation/LiberationSans-Regular.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    @Test
    void aPdfIsTheSameBytesWhetherItsSharedStreamsWereCompressedBeforeOrNot() throws IOException {
        Compression shared = new Compression();
        FontProgram font = new SubsettingFont(SANS);
        byte[] itext = pdf(PdfWriter::new, new TrueTypeFont(SANS), "Dear Amazon UK");

        byte[] first = pdf(shared::writer, font, "Dear Amazon UK");
        assertThat(shared.found()).isZero();
        byte[] second = pdf(shared::writer, font, "Dear Amazon UK");
        // the font subset and the sRGB profile
        assertThat(shared.found()).isEqualTo(2);

        assertThat(first).isEqualTo(itext);
        assertThat(second).isEqualTo(itext);
    }

    @Test
    void aLetterWithOtherCharactersEmbedsItsOwnSubset() throws IOException {
        Compression shared = new Compression();
        FontProgram font = new SubsettingFont(SANS);
        pdf(shared::writer, font, "Dear Amazon UK");
        byte[] other = pdf(shared::writer, font, "Dear Zürichsee Ærø plc");

        assertThat(shared.found()).as("only the colour profile was seen before").isEqualTo(1);
        assertThat(other).isEqualTo(pdf(PdfWriter::new, new TrueTypeFont(SANS), "Dear Zürichsee Ærø plc"));
    }

    @Test
    void aStreamReadFromAnInputStreamIsLeftToIText() throws IOException {
        Compression shared = new Compression();
        FontProgram font = new SubsettingFont(SANS);
        BiFunction<OutputStream, WriterProperties, PdfWriter> plain = PdfWriter::new;

        assertThat(pdf(shared::writer, font, "Dear Amazon UK", true))
                .isEqualTo(pdf(plain, new TrueTypeFont(SANS), "Dear Amazon UK", true));
    }

    @Test
    void beyondItsBudgetNothingIsKeptAndThePdfIsTheSame() throws IOException {
        Compression shared = new Compression(1000);
        FontProgram font = new SubsettingFont(SANS);
        pdf(shared::writer, font, "Dear Amazon UK");
        byte[] second = pdf(shared::writer, font, "Dear Amazon UK");

        assertThat(shared.found()).isZero();
        assertThat(second).isEqualTo(pdf(PdfWriter::new, new TrueTypeFont(SANS), "Dear Amazon UK"));
    }

    @Test
    void aFontRemembersEachSubsetOnceAndGivesTheSameBytesAsIText() throws IOException {
        SubsettingFont font = new SubsettingFont(SANS);
        TrueTypeFont plain = new TrueTypeFont(SANS);
        Set<Integer> glyphs = glyphs(plain, "Dear Amazon UK");

        byte[] first = font.subset(glyphs, true).getSecond();
        byte[] again = font.subset(new HashSet<>(glyphs), true).getSecond();
        font.subset(glyphs(plain, "Dear Ærø plc"), true);

        assertThat(first).isEqualTo(plain.subset(glyphs, true).getSecond());
        assertThat(again).isSameAs(first);
        assertThat(font.remembered()).isEqualTo(2);
    }

    @Test
    void aFontBeyondItsBudgetMakesEachSubsetAfresh() throws IOException {
        SubsettingFont font = new SubsettingFont(SANS, 100);
        TrueTypeFont plain = new TrueTypeFont(SANS);
        Set<Integer> glyphs = glyphs(plain, "Dear Amazon UK");

        byte[] first = font.subset(glyphs, true).getSecond();

        assertThat(font.remembered()).isZero();
        assertThat(font.subset(glyphs, true).getSecond()).isNotSameAs(first).isEqualTo(first);
    }

    private static Set<Integer> glyphs(FontProgram font, String text) {
        Set<Integer> glyphs = new HashSet<>();
        text.codePoints().forEach(c -> glyphs.add(font.getGlyph(c).getCode()));
        glyphs.add(0);
        return glyphs;
    }

    /** A one-page PDF of {@code text} in {@code font}, with an sRGB output intent and fixed dates. */
    private static byte[] pdf(BiFunction<OutputStream, WriterProperties, PdfWriter> writers, FontProgram font,
            String text) {
        return pdf(writers, font, text, false);
    }

    /** With {@code streamed}, the catalog also holds a stream iText reads from an input stream. */
    private static byte[] pdf(BiFunction<OutputStream, WriterProperties, PdfWriter> writers, FontProgram font,
            String text, boolean streamed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfString id = new PdfString("briefgen test");
        PdfWriter writer = writers.apply(out,
                new WriterProperties().setInitialDocumentId(id).setModifiedDocumentId(id));
        try (PdfDocument pdf = new ReproducibleDocument(writer, null)) {
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.clear();
            calendar.set(2026, Calendar.NOVEMBER, 26, 9, 0, 0);
            DocumentDates.set(pdf.getDocumentInfo(), new PdfDate(calendar));
            pdf.addOutputIntent(new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    new ByteArrayInputStream(SRGB)));
            if (streamed) {
                pdf.getCatalog().put(new PdfName("BriefgenTest"), new PdfStream(pdf,
                        new ByteArrayInputStream(text.repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        CompressionConstants.DEFAULT_COMPRESSION));
            }
            try (com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf)) {
                layout.add(new Paragraph(text)
                        .setFont(PdfFontFactory.createFont(font, PdfEncodings.IDENTITY_H,
                                EmbeddingStrategy.FORCE_EMBEDDED)));
            }
        }
        // iText's own writer names its subsets at random: its bytes with the names counted, as briefgen's writer counts them
        return writer.getClass() == PdfWriter.class ? countedPrefixes(out.toByteArray()) : out.toByteArray();
    }

    /** Each distinct "/", six capitals and "+" in {@code pdf} (none but subsets' names here) counted in order: BGAAAA, BGAAAB… */
    private static byte[] countedPrefixes(byte[] pdf) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/([A-Z]{6})\\+").matcher(text);
        while (m.find()) {
            int n = seen.computeIfAbsent(m.group(1), p -> seen.size());
            char[] c = {'B', 'G', 'A', 'A', 'A', 'A'};
            for (int k = 5; k >= 2 && n > 0; k--, n /= 26) {
                c[k] = (char) ('A' + n % 26);
            }
            for (int k = 0; k < 6; k++) {
                pdf[m.start(1) + k] = (byte) c[k];
            }
        }
        return pdf;
    }

    private static byte[] resource(String name) {
        try (InputStream in = CompressionTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
