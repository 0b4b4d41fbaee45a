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
            return letters().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String extract(byte[] pdf) {
        return extract(pdf, 1, Integer.MAX_VALUE);
    }

    /** The drawn text of pages {@code first} to {@code last}, as {@link #extract(byte[])} reads it. */
    public static String extract(byte[] pdf, int first, int last) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = letters();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Arabic vowel mark (harakat, U+064B to U+0652) or the superscript alef (U+0670). */
    public static boolean arabicMark(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> c >= 0x064B && c <= 0x0652 || c == 0x0670);
    }

    /**
     * PDFBox reading the drawn letters by position, line by line. Arabic vowel marks are left out: the
     * font's anchors raise or lower each onto its letter (render.pdf.typeset.MarksInPlace), and PDFBox
     * takes a raised mark for a line of its own, breaking its line's words there ("وتؤك" at one end, "د"
     * at the other), or sets a space after a mark placed back over its letter ("ر دا" for "ردًّا"). The
     * words are compared as written without vowels; ArabicMarksTest checks the marks are drawn on their
     * letters, and the structure's actual text (what a screen reader and copying get) keeps them.
     */
    private static PDFTextStripper letters() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                if (!arabicMark(t.getUnicode())) {
                    super.processTextPosition(t);
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        return stripper;
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
        // Arabic vowel marks are left out of the drawn text (see letters()): the words are compared without them
        return text.replaceAll("[\u064B-\u0652\u0670]", "").replaceAll("\\s+", " ");
    }

    /**
     * The text in the order of the PDF's structure tree, as a screen reader reads it: artifacts
     * (page footers, rules) left out, each note whole where its Note element stands, even when its
     * lines are set on two pages. Lines and runs are joined with a space where the glyphs stand apart.
     */
    public static String readingOrder(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.Map<org.apache.pdfbox.pdmodel.PDPage, java.util.Map<Integer, java.util.List<org.apache.pdfbox.text.TextPosition>>> pages = new java.util.HashMap<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                var extractor = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
                extractor.processPage(page);
                java.util.Map<Integer, java.util.List<org.apache.pdfbox.text.TextPosition>> byMcid = new java.util.HashMap<>();
                for (var content : extractor.getMarkedContents()) {
                    marked(content, byMcid);
                }
                pages.put(page, byMcid);
            }
            StringBuilder out = new StringBuilder();
            java.util.List<org.apache.pdfbox.text.TextPosition> last = new java.util.ArrayList<>();
            structure(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), null, pages, out, last);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void marked(org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent content,
            java.util.Map<Integer, java.util.List<org.apache.pdfbox.text.TextPosition>> byMcid) {
        for (Object item : content.getContents()) {
            if (item instanceof org.apache.pdfbox.text.TextPosition t && content.getMCID() >= 0) {
                byMcid.computeIfAbsent(content.getMCID(), k -> new java.util.ArrayList<>()).add(t);
            } else if (item instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent inner) {
                marked(inner, byMcid);
            }
        }
    }

    private static void structure(java.util.List<Object> kids, org.apache.pdfbox.pdmodel.PDPage page,
            java.util.Map<org.apache.pdfbox.pdmodel.PDPage, java.util.Map<Integer, java.util.List<org.apache.pdfbox.text.TextPosition>>> pages,
            StringBuilder out, java.util.List<org.apache.pdfbox.text.TextPosition> last) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                structure(element.getKids(), element.getPage() != null ? element.getPage() : page, pages, out, last);
            } else if (kid instanceof Integer mcid) {
                text(pages.get(page).get(mcid), out, last);
            } else if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference ref) {
                text(pages.get(ref.getPage() != null ? ref.getPage() : page).get(ref.getMCID()), out, last);
            }
        }
    }

    private static void text(java.util.List<org.apache.pdfbox.text.TextPosition> glyphs, StringBuilder out,
            java.util.List<org.apache.pdfbox.text.TextPosition> last) {
        if (glyphs == null) {
            return;
        }
        for (org.apache.pdfbox.text.TextPosition t : glyphs) {
            if (!last.isEmpty()) {
                org.apache.pdfbox.text.TextPosition before = last.get(0);
                boolean sameLine = Math.abs(before.getYDirAdj() - t.getYDirAdj()) < before.getHeightDir() * 0.8f;
                float gap = t.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
                if (!sameLine || Math.abs(gap) > t.getFontSizeInPt() * 0.15f) {
                    out.append(' ');
                }
            }
            out.append(t.getUnicode());
            last.clear();
            last.add(t);
        }
    }
}
