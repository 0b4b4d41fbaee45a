package org.briefgen.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;

/**
 * The Liberation fonts, read from the classpath (Maven Central's openpdf-fonts-extra) and parsed
 * once: parsing a font costs far more than laying out a letter.
 */
final class FontPrograms {

    enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        final String suffix;

        Face(String suffix) {
            this.suffix = suffix;
        }

        static Face of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private final Map<String, Map<Face, FontProgram>> families = new HashMap<>();

    FontPrograms(String... familyNames) {
        for (String family : familyNames) {
            families.computeIfAbsent(family, FontPrograms::load);
        }
    }

    private static Map<Face, FontProgram> load(String family) {
        String file = switch (family) {
            case "serif" -> "LiberationSerif";
            case "mono" -> "LiberationMono";
            default -> "LiberationSans";
        };
        Map<Face, FontProgram> faces = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            String resource = "/liberation/" + file + "-" + face.suffix + ".ttf";
            try (InputStream in = FontPrograms.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is not on the classpath");
                }
                faces.put(face, FontProgramFactory.createFont(in.readAllBytes(), false));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }
        return faces;
    }

    /** Whether every face of {@code family} has a glyph for {@code codePoint}. */
    boolean covers(String family, int codePoint) {
        for (FontProgram program : families.get(family).values()) {
            if (program.getGlyph(codePoint) == null) {
                return false;
            }
        }
        return true;
    }

    FontProgram get(String family, Face face) {
        return families.get(family).get(face);
    }
}
