package org.briefgen.render.html;

import java.util.Locale;

import org.briefgen.render.HouseStyle;

/**
 * The house style as inline CSS declarations, the only styling mail clients reliably keep (they
 * drop style sheets). Sizes are in points, as in the house style.
 */
final class Css {

    final HouseStyle style;
    final String text;
    final String accent;
    final String accentLight;
    /** The empty part of a chart's bar: the light accent at a third of its strength, as the PDF draws it. */
    final String track;
    final String muted;
    final String rule;
    final String bodyFont;
    final String headingFont;
    final String monoFont = family("mono");

    Css(HouseStyle style) {
        this.style = style;
        this.text = hex(style.colours().text());
        this.accent = hex(style.colours().accent());
        this.accentLight = hex(style.colours().accentLight());
        this.track = hex(tint(style.colours().accentLight(), 0.35));
        this.muted = hex(style.colours().muted());
        this.rule = hex(style.colours().rule());
        this.bodyFont = family(style.fonts().body());
        this.headingFont = family(style.fonts().headings());
    }

    /** The Liberation font the PDF embeds, then the faces it is metric-compatible with. */
    static String family(String family) {
        return "'" + HouseStyle.Fonts.liberation(family) + "', " + switch (family) {
            case "serif" -> "'Times New Roman', Times, serif";
            case "mono" -> "'Courier New', Courier, monospace";
            default -> "Arial, Helvetica, sans-serif";
        };
    }

    static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xffffff);
    }

    /** {@code rgb} mixed with white (see {@link HouseStyle#tint}). */
    static int tint(int rgb, double share) {
        return HouseStyle.tint(rgb, share);
    }

    static String pt(double points) {
        String s = String.format(Locale.ROOT, "%.2f", points).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "pt";
    }

    double body() {
        return style.sizes().body();
    }

    double small() {
        return style.sizes().small();
    }

    String lineHeight() {
        return String.format(Locale.ROOT, "%.2f", style.lineHeight()).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The declarations of body text: font, size, colour, leading. */
    String bodyText() {
        return "font-family:" + bodyFont + ";font-size:" + pt(body()) + ";line-height:" + lineHeight() + ";color:"
                + text + ";";
    }

    String paragraph() {
        return "margin:0 0 " + pt(body() * 0.75) + " 0;";
    }
}
