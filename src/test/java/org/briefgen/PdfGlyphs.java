package org.briefgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a PDF's glyphs stand, line by line, and what its structure's actual texts say: how the
 * right-to-left tests see a page as drawn and as a screen reader reads it.
 */
public final class PdfGlyphs {

    private PdfGlyphs() {
    }

    /** A glyph as drawn, its text as the letter it shapes (presentation forms normalised). */
    public record Glyph(float x, float width, String text) {
    }

    /** The first page's glyphs by line, top to bottom. */
    public static List<List<Glyph>> lines(byte[] pdf) {
        Map<Float, List<Glyph>> lines = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    String text = Normalizer.normalize(t.getUnicode(), Normalizer.Form.NFKC);
                    // Arabic vowel marks are left out: raised onto their letters, they would stand in lines
                    // of their own or between the letters (PdfText.letters); ArabicMarksTest checks them
                    if (!text.isBlank() && !PdfText.arabicMark(t.getUnicode())) {
                        lines.computeIfAbsent((float) Math.round(t.getYDirAdj()), k -> new ArrayList<>())
                                .add(new Glyph(t.getXDirAdj(), t.getWidthDirAdj(), text));
                    }
                }
            };
            stripper.setEndPage(1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /** The line's glyphs read from the right, with a space where a gap is. */
    public static String rightToLeft(List<Glyph> line) {
        List<Glyph> sorted = line.stream().sorted(Comparator.comparing(Glyph::x).reversed()).toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i - 1).x() - (sorted.get(i).x() + sorted.get(i).width()) > 1.5f) {
                sb.append(' ');
            }
            sb.append(sorted.get(i).text());
        }
        return sb.toString();
    }

    /** The line's glyphs read from the left, with no spaces. */
    public static String leftToRight(List<Glyph> line) {
        return line.stream().sorted(Comparator.comparing(Glyph::x)).map(Glyph::text).collect(Collectors.joining());
    }

    /** The line that, read from the right, starts with {@code start}; the lines in the message when none does. */
    public static List<Glyph> lineStartingWith(List<List<Glyph>> lines, String start) {
        return lines.stream().filter(l -> rightToLeft(l).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts on the right with " + start + " in\n"
                        + lines.stream().map(PdfGlyphs::rightToLeft).collect(Collectors.joining("\n"))));
    }

    /** The actual texts of the structure tree, in its order: what a screen reader reads. */
    public static String actualText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder sb = new StringBuilder();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), sb);
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDStructureNode node, StringBuilder sb) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getActualText() != null) {
                    sb.append(element.getActualText());
                } else {
                    collect(element, sb);
                }
                if (element.getStructureType().equals("P")) {
                    sb.append('\n');
                }
            }
        }
    }
}
