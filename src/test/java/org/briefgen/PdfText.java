package org.briefgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF sees, read with PDFBox. */
public final class PdfText {

    private PdfText() {
    }

    public static String extract(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extract(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each line of each page as drawn, glyph by glyph from left to right, with no reordering:
     * what the eye sees, where {@link #extract} (PDFBox) reorders right-to-left text itself.
     */
    public static java.util.List<String> visualLines(byte[] pdf) {
        record Glyph(int page, float y, float x, String text) {
        }
        java.util.List<Glyph> glyphs = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    glyphs.add(new Glyph(getCurrentPageNo(), Math.round(t.getYDirAdj() * 2) / 2f, t.getXDirAdj(),
                            t.getUnicode()));
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, java.util.List<Glyph>> lines = new java.util.LinkedHashMap<>();
        glyphs.stream().sorted(java.util.Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y)
                .thenComparingDouble(Glyph::x))
                .forEach(g -> lines.computeIfAbsent(g.page() + ":" + g.y(), k -> new java.util.ArrayList<>()).add(g));
        return lines.values().stream().map(l -> l.stream().map(Glyph::text)
                .collect(java.util.stream.Collectors.joining())).toList();
    }

    /** The text with line breaks and runs of spaces as single spaces, for phrase searches. */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
