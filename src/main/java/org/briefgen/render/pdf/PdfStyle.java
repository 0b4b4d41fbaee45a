package org.briefgen.render.pdf;

import org.briefgen.i18n.Messages;
import org.briefgen.render.HouseStyle;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

/** The house style turned into iText values, for one document (its fonts are per document). */
final class PdfStyle {

    final HouseStyle style;
    final DocumentFonts fonts;
    final Color text;
    final Color accent;
    final Color accentLight;
    final Color muted;
    final Color rule;
    /** The light track behind chart bars: the light accent mixed with white (no transparency, for PDF/A). */
    final Color chartTrack;
    private final TextRuns runs;
    /** Whether the document is written right to left: its paragraphs laid out by {@link BidiParagraphRenderer}. */
    final boolean rtl;
    /** The document's own words in its language: page numbers, chart values. */
    final Messages words;

    PdfStyle(HouseStyle style, DocumentFonts fonts, Messages words, boolean rtl) {
        this.words = words;
        this.rtl = rtl;
        this.style = style;
        this.fonts = fonts;
        this.text = rgb(style.colours().text());
        this.accent = rgb(style.colours().accent());
        this.accentLight = rgb(style.colours().accentLight());
        this.muted = rgb(style.colours().muted());
        this.rule = rgb(style.colours().rule());
        this.chartTrack = rgb(HouseStyle.tint(style.colours().accentLight(), 0.4));
        this.runs = new TextRuns(fonts.programs());
    }

    /**
     * {@code text} as text elements set in {@code family} (sans, serif or mono) and the face asked,
     * each character drawn by the house font or, where it lacks the glyph, by a fallback font;
     * right-to-left text in visual order. Use this for every text taken from data.
     */
    java.util.List<Text> texts(String text, String family, boolean bold, boolean italic) {
        FontPrograms.Face face = FontPrograms.Face.of(bold, italic);
        java.util.List<TextRuns.Run> pieces = rtl ? runs.logicalRuns(text, family, face)
                : runs.runs(text, family, face);
        java.util.List<Text> texts = new java.util.ArrayList<>(pieces.size());
        for (TextRuns.Run piece : pieces) {
            // a run of one font cut where its script changes: a Greek name beside English words is a span
            // a very long run (a briefing's list of thousands of companies) in pieces, cut after spaces; in left-to-right text
            java.util.List<String> parts = piece.actualText() != null ? java.util.List.of(piece.text())
                    : rtl ? ScriptLanguage.pieces(piece.text()) : LongRuns.cut(ScriptLanguage.pieces(piece.text()));
            for (String part : parts) {
                Text t = new Text(part).setFont(fonts.get(piece.font().family(), piece.font().face()));
                if (part.chars().anyMatch(c -> c >= 0x064B && c <= 0x0652)) {
                    // Arabic vowel marks placed on their letters by the font's anchors
                    t.setNextRenderer(new org.briefgen.render.pdf.typeset.MarksInPlace(t));
                }
                if (piece.actualText() != null) {
                    t.getAccessibilityProperties().setActualText(piece.actualText());
                }
                // a run in another script than the document's is read in its own language (/Lang on its span)
                String language = ScriptLanguage.of(part, words.language());
                if (language != null) {
                    t.getAccessibilityProperties().setLanguage(language);
                }
                texts.add(t);
            }
        }
        return texts;
    }

    /** A paragraph of {@code text} in the body family, as {@link #texts} sets it. */
    Paragraph paragraph(String text, boolean bold, boolean italic) {
        return paragraph(text, style.fonts().body(), bold, italic);
    }

    /** A paragraph of {@code text} in {@code family}, as {@link #texts} sets it. */
    Paragraph paragraph(String text, String family, boolean bold, boolean italic) {
        Paragraph p = new Paragraph().setFont(fonts.get(family, bold, italic));
        texts(text, family, bold, italic).forEach(p::add);
        return rtl && !family.equals("mono") ? BidiParagraphRenderer.attach(p) : p;
    }

    /** {@code alignment}, which names a side as a left-to-right letter has it, mirrored in a right-to-left one. */
    com.itextpdf.layout.properties.TextAlignment side(com.itextpdf.layout.properties.TextAlignment alignment) {
        if (!rtl) {
            return alignment;
        }
        return switch (alignment) {
            case LEFT -> com.itextpdf.layout.properties.TextAlignment.RIGHT;
            case RIGHT -> com.itextpdf.layout.properties.TextAlignment.LEFT;
            default -> alignment;
        };
    }

    private static Color rgb(int rgb) {
        return new DeviceRgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    PdfFont body(boolean bold, boolean italic) {
        return fonts.get(style.fonts().body(), bold, italic);
    }

    PdfFont heading() {
        return fonts.get(style.fonts().headings(), true, false);
    }

    PdfFont mono() {
        return fonts.get("mono", false, false);
    }

    float bodySize() {
        return (float) style.sizes().body();
    }

    float smallSize() {
        return (float) style.sizes().small();
    }

    float leading() {
        return (float) style.lineHeight();
    }
}
