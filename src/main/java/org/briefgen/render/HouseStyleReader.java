package org.briefgen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.briefgen.document.NotesPlacement;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a style file into a {@link HouseStyle}, checking every value as it goes: a wrong key or
 * value is a {@link StyleException} naming the file, and the line where the parser knows it.
 */
final class HouseStyleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final List<String> FAMILIES = List.of("sans", "serif", "mono");
    private static final List<String> FACES = List.of("regular", "bold", "italic", "bold_italic");
    private static final HouseStyle DEFAULTS = new HouseStyleReader(null).style(new StyleFile());

    /** The style file, or null for the built-in defaults, which name no file. */
    private final Path file;

    private HouseStyleReader(Path file) {
        this.file = file;
    }

    static HouseStyle defaults() {
        return DEFAULTS;
    }

    static HouseStyle read(Path file) {
        StyleFile written;
        try {
            if (Files.size(file) == 0) {
                return DEFAULTS;
            }
            written = MAPPER.readValue(file.toFile(), StyleFile.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new StyleException(at(file, e.getLocation()) + ": unknown key '" + e.getPropertyName()
                    + "' (known here: " + known + ")");
        } catch (JsonProcessingException e) {
            throw new StyleException(at(file, e.getLocation()) + ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse("not a valid style"));
        } catch (IOException e) {
            throw new StyleException(file + ": " + (Files.exists(file) ? "cannot read: " + e.getMessage()
                    : "style file not found"));
        }
        return written == null ? DEFAULTS : new HouseStyleReader(file).style(written);
    }

    private static String at(Path file, JsonLocation location) {
        return location == null ? file.toString() : file + ":" + location.getLineNr();
    }

    /** The checked style; a section left empty ({@code page:} and nothing under it) keeps its defaults. */
    private HouseStyle style(StyleFile written) {
        StyleFile.Page page = written.page != null ? written.page : new StyleFile.Page();
        StyleFile.Fonts fonts = written.fonts != null ? written.fonts : new StyleFile.Fonts();
        StyleFile.Sizes sizes = written.sizes != null ? written.sizes : new StyleFile.Sizes();
        HouseStyle.Colours colours = colours(written.colours != null ? written.colours : new StyleFile.Colours());
        for (String family : new String[] {fonts.body, fonts.headings}) {
            if (!FAMILIES.contains(String.valueOf(family))) {
                throw new StyleException(file + ": fonts: '" + family + "' is not a font family (sans, serif or mono)");
            }
        }
        NotesPlacement notes = notes(written.notes);
        PageSize size = page.size == null ? null : PageSize.named(page.size);
        if (size == null) {
            throw new StyleException(file + ": page.size: '" + page.size + "' must be A4, A5, Letter or Legal");
        }
        List<HouseStyle.FallbackFont> fallbacks = fallbacks(written.fallbackFonts);
        Path logo = null;
        if (written.logo != null) {
            logo = folder().resolve(written.logo);
            if (!Files.isReadable(logo)) {
                throw new StyleException(file + ": logo: file not found: " + logo);
            }
        }
        return new HouseStyle(new HouseStyle.Page(size, page.top, page.right, page.bottom, page.left),
                new HouseStyle.Fonts(fonts.body, fonts.headings),
                new HouseStyle.Sizes(sizes.body, sizes.small, sizes.letterhead, sizes.heading1, sizes.heading2,
                        sizes.heading3),
                colours, written.lineHeight, written.letterheadUppercase, logo, notes, fallbacks,
                new HouseStyle.Typography("foot".equals(written.notes), written.hyphenate, written.justify));
    }

    private Path folder() {
        return file.toAbsolutePath().getParent();
    }

    private HouseStyle.Colours colours(StyleFile.Colours c) {
        return new HouseStyle.Colours(rgb("text", c.text), rgb("accent", c.accent), rgb("muted", c.muted),
                rgb("rule", c.rule), rgb("accent_light", c.accentLight));
    }

    private int rgb(String key, String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new StyleException(file + ": colours." + key + ": expected a colour as #rrggbb, found '" + hex + "'");
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** Where the notes go in the formats that have no page foot (and in the PDF but for {@code foot}). */
    private NotesPlacement notes(String notes) {
        if ("foot".equals(notes) || "before_closing".equals(notes) || "end".equals(notes)) {
            return NotesPlacement.BEFORE_CLOSING;
        } else if ("after_signature".equals(notes)) {
            return NotesPlacement.AFTER_SIGNATURE;
        }
        throw new StyleException(
                file + ": notes: '" + notes + "' must be foot, before_closing (or end) or after_signature");
    }

    /** {@code fallback_fonts}: each a built-in name, a .ttf/.otf file, or a map of faces to files. */
    private List<HouseStyle.FallbackFont> fallbacks(List<Object> given) {
        List<HouseStyle.FallbackFont> fonts = new ArrayList<>();
        List<Object> items = given == null ? List.of() : given;
        for (int i = 0; i < items.size(); i++) {
            String key = file + ": fallback_fonts[" + (i + 1) + "]";
            Object item = items.get(i);
            if (item instanceof String name) {
                HouseStyle.FallbackFont builtIn = HouseStyle.FallbackFont.builtIn(name.trim().toLowerCase(Locale.ROOT));
                if (builtIn != null) {
                    fonts.add(builtIn);
                } else if (name.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)")) {
                    String face = fontFile(key, name);
                    fonts.add(new HouseStyle.FallbackFont(name, face, face, face, face));
                } else {
                    throw new StyleException(key + ": '" + name + "' is neither a built-in font ("
                            + String.join(", ", HouseStyle.FallbackFont.BUILT_IN) + ") nor a .ttf or .otf file");
                }
            } else if (item instanceof Map<?, ?> faces) {
                fonts.add(facesFont(key, faces));
            } else {
                throw new StyleException(key + ": expected a font name or file, found '" + item + "'");
            }
        }
        return List.copyOf(fonts);
    }

    /** A fallback font given as {@code {regular: a.ttf, bold: b.ttf, …}}; a face not given is the regular one. */
    private HouseStyle.FallbackFont facesFont(String key, Map<?, ?> faces) {
        for (Object face : faces.keySet()) {
            if (!FACES.contains(String.valueOf(face))) {
                throw new StyleException(
                        key + ": unknown face '" + face + "' (known: regular, bold, italic, bold_italic)");
            }
        }
        if (!(faces.get("regular") instanceof String)) {
            throw new StyleException(key + ": a font given by its faces needs at least 'regular: file.ttf'");
        }
        String regular = fontFile(key + ".regular", (String) faces.get("regular"));
        Function<String, String> face = name -> faces.get(name) == null ? regular
                : fontFile(key + "." + name, String.valueOf(faces.get(name)));
        return new HouseStyle.FallbackFont(String.valueOf(faces.get("regular")), regular, face.apply("bold"),
                face.apply("italic"), face.apply("bold_italic"));
    }

    private String fontFile(String key, String name) {
        Path path = folder().resolve(name).normalize();
        if (!name.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)")) {
            throw new StyleException(key + ": '" + name + "' is not a TrueType or OpenType font file (.ttf or .otf)");
        }
        if (!Files.isReadable(path)) {
            throw new StyleException(key + ": font file not found: " + path);
        }
        return path.toString();
    }
}
