package org.briefgen.render.docx;

import java.math.BigInteger;

import org.briefgen.render.HouseStyle;

/** Word's units: twips (1/20 pt) for lengths, half-points for type, eighths for borders, EMU for drawings. */
final class Measure {

    static final double POINTS_PER_MM = 72 / 25.4;

    private Measure() {
    }

    static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    static BigInteger bigTwips(double points) {
        return BigInteger.valueOf(twips(points));
    }

    static int twipsFromMm(double mm) {
        return twips(mm * POINTS_PER_MM);
    }

    static int halfPoints(double points) {
        return (int) Math.round(points * 2);
    }

    /** A border width in eighths of a point (Word allows 2 to 96). */
    static int eighths(double points) {
        return Math.max(2, Math.min(96, (int) Math.round(points * 8)));
    }

    static long emu(double points) {
        return Math.round(points * 12700);
    }

    /** {@code 0x6a1b4d} as Word writes a colour: {@code 6A1B4D}. */
    static String hex(int rgb) {
        return String.format("%06X", rgb & 0xffffff);
    }

    /** {@code rgb} mixed with white (see {@link HouseStyle#tint}). */
    static int tint(int rgb, double share) {
        return HouseStyle.tint(rgb, share);
    }
}
