package org.briefgen.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.briefgen.document.NotesPlacement;

/**
 * The organisation's house style ({@code templates/style.yaml}): page, fonts, sizes, colours,
 * logo and where notes go. Immutable: read once per run, checked while it is read, and shared by
 * every writer.
 *
 * @param lineHeight the body's line height, a multiple of its size
 * @param letterheadUppercase whether the organisation's name is set in capitals
 * @param logo the logo image (PNG or JPEG) beside the style file, or null
 * @param notesPlacement whether notes come before the closing ("Kind regards") or after the signature
 * @param fallbackFonts the fonts tried, in order, for characters the house fonts lack (by default
 *     DejaVu Sans: Arabic, Hebrew, Armenian, Georgian and more); none when the style lists none
 * @param typography how the PDF sets notes and lines: notes at the foot of their page, hyphenation,
 *     justification
 */
public record HouseStyle(Page page, Fonts fonts, Sizes sizes, Colours colours, double lineHeight,
        boolean letterheadUppercase, Path logo, NotesPlacement notesPlacement, List<FallbackFont> fallbackFonts,
        Typography typography) {

    /** A style whose PDF sets its notes as {@code notesPlacement} says, unhyphenated and ragged right. */
    public HouseStyle(Page page, Fonts fonts, Sizes sizes, Colours colours, double lineHeight,
            boolean letterheadUppercase, Path logo, NotesPlacement notesPlacement, List<FallbackFont> fallbackFonts) {
        this(page, fonts, sizes, colours, lineHeight, letterheadUppercase, logo, notesPlacement, fallbackFonts,
                Typography.PLAIN);
    }

    public HouseStyle {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(notesPlacement, "notesPlacement");
        Objects.requireNonNull(typography, "typography");
        fallbackFonts = List.copyOf(fallbackFonts);
    }

    /**
     * How the PDF is typeset beyond fonts and sizes ({@code notes: foot}, {@code hyphenate},
     * {@code justify}).
     *
     * @param footNotes whether each note of a letter's PDF stands at the foot of the page that cites
     *     it (the other formats, and documents without a letter frame such as the briefing, keep
     *     {@link #notesPlacement}); false puts the notes where {@code notesPlacement} says
     * @param hyphenate whether body text is hyphenated by the letter's language
     * @param justify whether body paragraphs are set flush left and right
     */
    public record Typography(boolean footNotes, boolean hyphenate, boolean justify) {

        /** Notes at the end, no hyphenation, ragged right. */
        public static final Typography PLAIN = new Typography(false, false, false);
    }

    /** This style with {@code typography}. */
    public HouseStyle with(Typography newTypography) {
        return new HouseStyle(page, fonts, sizes, colours, lineHeight, letterheadUppercase, logo, notesPlacement,
                fallbackFonts, newTypography);
    }

    /** Paper size, and margins in millimetres. */
    public record Page(PageSize size, double top, double right, double bottom, double left) {

        public Page {
            Objects.requireNonNull(size, "size");
        }
    }

    /** Font families: sans, serif or mono (the Liberation fonts). */
    public record Fonts(String body, String headings) {

        /** The Liberation font of {@code family}, as every writer names it: "Liberation Serif", "Liberation Sans". */
        public static String liberation(String family) {
            return switch (family) {
                case "serif" -> "Liberation Serif";
                case "mono" -> "Liberation Mono";
                default -> "Liberation Sans";
            };
        }
    }

    /** Font sizes in points. */
    public record Sizes(double body, double small, double letterhead, double heading1, double heading2,
            double heading3) {

        /** The size of a heading of {@code level}; levels beyond 3 are set as 3. */
        public double heading(int level) {
            return level <= 1 ? heading1 : level == 2 ? heading2 : heading3;
        }
    }

    /** Colours as 0xrrggbb. */
    public record Colours(int text, int accent, int muted, int rule, int accentLight) {
    }

    /**
     * A font for the characters the house fonts lack, with its four faces; a face it does not have
     * is its regular one. Each face is a location: {@code classpath:/...} for a built-in font, or a
     * file.
     */
    public record FallbackFont(String name, String regular, String bold, String italic, String boldItalic) {

        /** The built-in fallback fonts: DejaVu, from Maven Central. */
        public static final List<String> BUILT_IN = List.of("dejavu-sans", "dejavu-serif", "dejavu-mono");

        /** The built-in font {@code name}, or null when there is none. */
        static FallbackFont builtIn(String name) {
            String base = "classpath:/net/sf/jasperreports/fonts/dejavu/";
            return switch (name) {
                case "dejavu-sans" -> new FallbackFont(name, base + "DejaVuSans.ttf", base + "DejaVuSans-Bold.ttf",
                        base + "DejaVuSans-Oblique.ttf", base + "DejaVuSans-BoldOblique.ttf");
                case "dejavu-serif" -> new FallbackFont(name, base + "DejaVuSerif.ttf", base + "DejaVuSerif-Bold.ttf",
                        base + "DejaVuSerif-Italic.ttf", base + "DejaVuSerif-BoldItalic.ttf");
                case "dejavu-mono" -> new FallbackFont(name, base + "DejaVuSansMono.ttf",
                        base + "DejaVuSansMono-Bold.ttf", base + "DejaVuSansMono-Oblique.ttf",
                        base + "DejaVuSansMono-BoldOblique.ttf");
                default -> null;
            };
        }
    }

    /** The built-in style, used when a campaign has no style file: the defaults the bundled file shows. */
    public static HouseStyle defaults() {
        return HouseStyleReader.defaults();
    }

    /**
     * Reads {@code file}; every key is optional and keeps its default when not given. A wrong key or
     * value is a {@link StyleException} naming file and line.
     */
    public static HouseStyle load(Path file) {
        return HouseStyleReader.read(file);
    }

    /**
     * {@code rgb} mixed with white, as every writer lightens the house colours: {@code share} 1
     * keeps the colour, 0 gives white.
     */
    public static int tint(int rgb, double share) {
        return (tintChannel((rgb >> 16) & 0xff, share) << 16) | (tintChannel((rgb >> 8) & 0xff, share) << 8)
                | tintChannel(rgb & 0xff, share);
    }

    private static int tintChannel(int channel, double share) {
        return (int) Math.round(255 - (255 - channel) * share);
    }
}
