package org.briefgen.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF as drawn, page by page from the top, with where they stand: what a reader's
 * eye finds where (read with PDFBox). A raised note marker is a line of its own, in its small size.
 */
record PageLines(int page, float baseline, float top, float size, String text, float left, float right) {

    /** Each line of {@code pdf}: its page (from 1), its baseline and top (points from the page's top), its size. */
    static List<PageLines> of(byte[] pdf) {
        record Glyph(int page, float y, float x, float width, float height, float size, String text) {
        }
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(new Glyph(getCurrentPageNo(), Math.round(t.getYDirAdj() * 2) / 2f, t.getXDirAdj(),
                            t.getWidthDirAdj(), t.getHeightDir(), t.getFontSizeInPt(), t.getUnicode()));
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Glyph>> lines = new LinkedHashMap<>();
        glyphs.stream().sorted(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y)
                .thenComparingDouble(Glyph::x))
                .forEach(g -> lines.computeIfAbsent(g.page() + ":" + g.y(), k -> new ArrayList<>()).add(g));
        List<PageLines> out = new ArrayList<>();
        for (List<Glyph> line : lines.values()) {
            Glyph first = line.get(0);
            StringBuilder text = new StringBuilder();
            float lastEnd = -1;
            for (Glyph g : line) {
                if (lastEnd >= 0 && g.x() - lastEnd > g.size() * 0.15f && !text.toString().endsWith(" ")
                        && !g.text().equals(" ")) {
                    text.append(' ');
                }
                text.append(g.text());
                lastEnd = g.x() + g.width();
            }
            float height = (float) line.stream().mapToDouble(Glyph::height).max().orElse(0);
            float size = (float) line.stream().mapToDouble(Glyph::size).max().orElse(0);
            Glyph last = line.stream().filter(g -> !g.text().isBlank()).reduce((a, b) -> b).orElse(first);
            out.add(new PageLines(first.page(), first.y(), first.y() - height, size, text.toString(), first.x(),
                    last.x() + last.width()));
        }
        return out;
    }

    /** The lines of {@code page} in {@code lines}. */
    static List<PageLines> on(List<PageLines> lines, int page) {
        return lines.stream().filter(l -> l.page() == page).toList();
    }

    /** The text of {@code page}, its lines joined by spaces. */
    static String text(List<PageLines> lines, int page) {
        return String.join(" ", on(lines, page).stream().map(PageLines::text).toList()).replaceAll("\\s+", " ");
    }
}
