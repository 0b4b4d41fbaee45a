package org.briefgen.render.pdf;

import org.briefgen.render.HouseStyle;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;

/** The house style turned into iText values, for one document (its fonts are per document). */
final class Styling {

    final HouseStyle style;
    final DocumentFonts fonts;
    final Color text;
    final Color accent;
    final Color accentLight;
    final Color muted;
    final Color rule;
    /** The light track behind chart bars: the light accent mixed with white (no transparency, for PDF/A). */
    final Color chartTrack;

    Styling(HouseStyle style, DocumentFonts fonts) {
        this.style = style;
        this.fonts = fonts;
        this.text = rgb(style.colours().text());
        this.accent = rgb(style.colours().accent());
        this.accentLight = rgb(style.colours().accentLight());
        this.muted = rgb(style.colours().muted());
        this.rule = rgb(style.colours().rule());
        this.chartTrack = rgb(HouseStyle.tint(style.colours().accentLight(), 0.4));
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
