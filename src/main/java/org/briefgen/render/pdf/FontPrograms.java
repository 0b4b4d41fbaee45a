package org.briefgen.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.briefgen.render.HouseStyle;
import org.briefgen.render.StyleException;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;

/**
 * The fonts of a run, parsed once and shared by every letter: the house style's Liberation
 * families (read from the classpath, Maven Central's openpdf-fonts-extra) and its fallback fonts,
 * which are parsed only when a character first needs them. Parsing a font costs far more than
 * laying out a letter.
 *
 * <p>For each character, {@link #choose} names the font that draws it: the house font in the
 * asked face if it has the glyph, else the first fallback font that has it (in the asked face, or
 * else upright, or else regular), else none.
 */
final class FontPrograms {

    enum Face {
        REGULAR("Regular"),
        BOLD("Bold"),
        ITALIC("Italic"),
        BOLD_ITALIC("BoldItalic");

        final String suffix;

        Face(String suffix) {
            this.suffix = suffix;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }

        /** This face, then the same weight upright, then regular: what a fallback font is asked for. */
        List<Face> withSubstitutes() {
            return switch (this) {
                case REGULAR -> List.of(REGULAR);
                case BOLD -> List.of(BOLD, REGULAR);
                case ITALIC -> List.of(ITALIC, REGULAR);
                case BOLD_ITALIC -> List.of(BOLD_ITALIC, BOLD, REGULAR);
            };
        }
    }

    /** A font to draw with: a family (a house family, or {@code fallback1}, {@code fallback2}…) and face. */
    record Choice(String family, Face face) {
    }

    /**
     * One family's faces, each parsed on first use, with the Basic Multilingual Plane it covers.
     * Read without locks once loaded (every letter's every text asks), loaded under this lock.
     */
    private static final class Family {
        final String label;
        final Map<Face, String> locations;
        final AtomicReferenceArray<FontProgram> programs = new AtomicReferenceArray<>(Face.values().length);
        final AtomicReferenceArray<BitSet> coverage = new AtomicReferenceArray<>(Face.values().length);

        Family(String label, Map<Face, String> locations) {
            this.label = label;
            this.locations = locations;
        }

        FontProgram program(Face face) {
            FontProgram program = programs.get(face.ordinal());
            return program != null ? program : load(face);
        }

        private synchronized FontProgram load(Face face) {
            FontProgram program = programs.get(face.ordinal());
            if (program == null) {
                program = parse(label, locations.get(face));
                // coverage first: whoever sees the program sees its coverage
                coverage.set(face.ordinal(), coverageOf(program));
                programs.set(face.ordinal(), program);
            }
            return program;
        }

        BitSet bmp(Face face) {
            program(face);
            return coverage.get(face.ordinal());
        }

        boolean covers(Face face, int codePoint) {
            FontProgram program = program(face);
            return codePoint <= 0xFFFF ? coverage.get(face.ordinal()).get(codePoint)
                    : program.getGlyph(codePoint) != null;
        }
    }

    private static final Choice NONE = new Choice("", Face.REGULAR);

    private final Map<String, Family> families = new HashMap<>();
    private final List<String> fallbacks = new ArrayList<>();
    private final Map<Long, Choice> choices = new ConcurrentHashMap<>();

    /** The Liberation families named, and no fallback fonts. */
    FontPrograms(String... familyNames) {
        this(List.of(familyNames), List.of());
    }

    /** The house families (sans, serif or mono) parsed now; {@code fallbackFonts} when first needed. */
    FontPrograms(List<String> familyNames, List<HouseStyle.FallbackFont> fallbackFonts) {
        for (String family : familyNames) {
            families.computeIfAbsent(family, FontPrograms::liberation);
            for (Face face : Face.values()) {
                families.get(family).program(face);
            }
        }
        for (int i = 0; i < fallbackFonts.size(); i++) {
            HouseStyle.FallbackFont font = fallbackFonts.get(i);
            Map<Face, String> faces = new EnumMap<>(Face.class);
            faces.put(Face.REGULAR, font.regular());
            faces.put(Face.BOLD, font.bold());
            faces.put(Face.ITALIC, font.italic());
            faces.put(Face.BOLD_ITALIC, font.boldItalic());
            String key = "fallback" + (i + 1);
            families.put(key, new Family("fallback font " + (i + 1) + " (" + font.name() + ")", faces));
            fallbacks.add(key);
        }
    }

    private static Family liberation(String family) {
        String file = HouseStyle.Fonts.liberation(family).replace(" ", "");
        Map<Face, String> faces = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            faces.put(face, "classpath:/liberation/" + file + "-" + face.suffix + ".ttf");
        }
        return new Family(file, faces);
    }

    private static FontProgram parse(String label, String location) {
        try {
            byte[] bytes;
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (InputStream in = FontPrograms.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("font " + resource + " is not on the classpath");
                    }
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(Path.of(location));
            }
            // TrueType and OpenType fonts remember their subsets; others (WOFF, Type 1) are as iText
            // makes them
            return sfnt(bytes) ? new SubsettingFont(bytes) : FontProgramFactory.createFont(bytes, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + label + ": " + location, e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException && location.startsWith("classpath:")) {
                throw e;
            }
            throw new StyleException(label + ": " + location + " is not a font briefgen can embed ("
                    + e.getMessage() + ")");
        }
    }

    /** Whether {@code bytes} begin as a TrueType or OpenType font does (not a collection). */
    private static boolean sfnt(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        int tag = (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
        return tag == 0x00010000 || tag == 0x74727565 /* true */ || tag == 0x4F54544F /* OTTO */;
    }

    private static BitSet coverageOf(FontProgram program) {
        if (program instanceof SubsettingFont font) {
            return font.bmp();
        }
        BitSet bits = new BitSet(0x10000);
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (program.getGlyph(cp) != null) {
                bits.set(cp);
            }
        }
        return bits;
    }

    /** The Basic Multilingual Plane characters {@code family}'s {@code face} has glyphs for; never change it. */
    BitSet bmp(String family, Face face) {
        return families.get(family).bmp(face);
    }

    /** Whether the house family's {@code face} has a glyph for {@code codePoint} (no fallback). */
    boolean covers(String family, Face face, int codePoint) {
        return families.get(family).covers(face, codePoint);
    }

    /** The font that draws {@code codePoint} for text set in {@code family} and {@code face}, or null. */
    Choice choose(String family, Face face, int codePoint) {
        if (codePoint <= 0xFFFF && families.get(family).covers(face, codePoint)) {
            return new Choice(family, face);
        }
        long key = ((long) codePoint << 8) | ((long) face.ordinal() << 4) | familyIndex(family);
        Choice choice = choices.computeIfAbsent(key, k -> search(family, face, codePoint));
        return choice == NONE ? null : choice;
    }

    private static long familyIndex(String family) {
        return switch (family) {
            case "sans" -> 0;
            case "serif" -> 1;
            default -> 2;
        };
    }

    private Choice search(String family, Face face, int codePoint) {
        if (families.get(family).covers(face, codePoint)) {
            return new Choice(family, face);
        }
        for (String fallback : fallbacks) {
            for (Face f : face.withSubstitutes()) {
                if (families.get(fallback).covers(f, codePoint)) {
                    return new Choice(fallback, f);
                }
            }
        }
        return NONE;
    }

    FontProgram get(String family, Face face) {
        return families.get(family).program(face);
    }
}
