package org.briefgen.render;

import java.util.Locale;

/** The paper sizes a house style may ask for, by their definitions in millimetres. */
public enum PageSize {
    A4(210, 297),
    A5(148, 210),
    LETTER(215.9, 279.4),
    LEGAL(215.9, 355.6);

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The size named {@code name} in any case ("A4", "letter"), or null when there is none. */
    static PageSize named(String name) {
        for (PageSize size : values()) {
            if (size.name().equals(name.toUpperCase(Locale.ROOT))) {
                return size;
            }
        }
        return null;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** The width in whole points, as PDF tools name the sizes (A4 is 595 × 842). */
    public int widthPoints() {
        return (int) Math.round(widthMm * POINTS_PER_MM);
    }

    /** The height in whole points. */
    public int heightPoints() {
        return (int) Math.round(heightMm * POINTS_PER_MM);
    }
}
