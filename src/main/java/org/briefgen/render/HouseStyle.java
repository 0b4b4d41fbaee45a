package org.briefgen.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The organisation's house style ({@code templates/style.yaml}): page, fonts, sizes, colours and
 * logo. Every key is optional; what is not given keeps the default shown in the bundled file.
 * Read once per run and shared by every writer; never changed after loading.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class HouseStyle {

    /** Page size and margins in millimetres. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Page {
        private String size = "A4";
        private double top = 16;
        private double right = 20;
        private double bottom = 24;
        private double left = 22;

        public String size() {
            return size;
        }

        public double top() {
            return top;
        }

        public double right() {
            return right;
        }

        public double bottom() {
            return bottom;
        }

        public double left() {
            return left;
        }
    }

    /** Font families: sans, serif or mono (the Liberation fonts). */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Fonts {
        private String body = "sans";
        private String headings = "sans";

        public String body() {
            return body;
        }

        public String headings() {
            return headings;
        }
    }

    /** Font sizes in points. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Sizes {
        private double body = 10;
        private double small = 8.5;
        private double letterhead = 19;
        private double heading1 = 15;
        private double heading2 = 11.5;
        private double heading3 = 10;

        public double body() {
            return body;
        }

        public double small() {
            return small;
        }

        public double letterhead() {
            return letterhead;
        }

        public double heading(int level) {
            return level <= 1 ? heading1 : level == 2 ? heading2 : heading3;
        }
    }

    /** Colours as #rrggbb. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    public static final class Colours {
        private String text = "#1d1d22";
        private String accent = "#6a1b4d";
        private String muted = "#5d5d68";
        private String rule = "#c8c8d0";
        @JsonProperty("accent_light")
        private String accentLight = "#e7d3df";

        public int text() {
            return rgb(text, "text");
        }

        public int accent() {
            return rgb(accent, "accent");
        }

        public int muted() {
            return rgb(muted, "muted");
        }

        public int rule() {
            return rgb(rule, "rule");
        }

        public int accentLight() {
            return rgb(accentLight, "accent_light");
        }

        private static int rgb(String hex, String name) {
            return Integer.parseInt(hex.substring(1), 16);
        }

        void check(String file) {
            for (String[] c : new String[][] {{"text", text}, {"accent", accent}, {"muted", muted}, {"rule", rule},
                {"accent_light", accentLight}}) {
                if (c[1] == null || !c[1].matches("#[0-9a-fA-F]{6}")) {
                    throw new StyleException(file + ": colours." + c[0] + ": expected a colour as #rrggbb, found '"
                            + c[1] + "'");
                }
            }
        }
    }

    private Page page = new Page();
    private Fonts fonts = new Fonts();
    private Sizes sizes = new Sizes();
    private Colours colours = new Colours();
    @JsonProperty("line_height")
    private double lineHeight = 1.38;
    @JsonProperty("letterhead_uppercase")
    private boolean letterheadUppercase = true;
    private String logo;
    private String notes = "before_closing";
    /** As written: built-in names, font files, or maps of faces to files; read by {@link #check}. */
    @JsonProperty("fallback_fonts")
    private java.util.List<Object> fallbackFonts = java.util.List.of("dejavu-sans");
    private transient Path logoPath;
    private transient java.util.List<FallbackFont> fallbacks = java.util.List.of(FallbackFont.builtIn("dejavu-sans"));

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

    /**
     * A font for the characters the house fonts lack, with its four faces; a face it does not have
     * is its regular one. Each face is a location: {@code classpath:/...} for a built-in font, or a
     * file.
     */
    public record FallbackFont(String name, String regular, String bold, String italic, String boldItalic) {

        /** The built-in fallback fonts: DejaVu, from Maven Central. */
        public static final java.util.List<String> BUILT_IN = java.util.List.of("dejavu-sans", "dejavu-serif",
                "dejavu-mono");

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

    /** The built-in style, used when a campaign has no style file. */
    public static HouseStyle defaults() {
        return new HouseStyle();
    }

    /** Reads {@code file}; a wrong key or value is a {@link StyleException} naming file and line. */
    public static HouseStyle load(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        HouseStyle style;
        try {
            if (Files.size(file) == 0) {
                return defaults();
            }
            style = mapper.readValue(file.toFile(), HouseStyle.class);
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
        if (style == null) {
            return defaults();
        }
        style.check(file);
        return style;
    }

    private static String at(Path file, JsonLocation location) {
        return location == null ? file.toString() : file + ":" + location.getLineNr();
    }

    private void check(Path file) {
        colours.check(file.toString());
        for (String family : new String[] {fonts.body, fonts.headings}) {
            if (!java.util.List.of("sans", "serif", "mono").contains(family)) {
                throw new StyleException(file + ": fonts: '" + family + "' is not a font family (sans, serif or mono)");
            }
        }
        if (!notes.equals("before_closing") && !notes.equals("after_signature")) {
            throw new StyleException(file + ": notes: '" + notes + "' must be before_closing or after_signature");
        }
        if (!page.size.toUpperCase(Locale.ROOT).matches("A4|A5|LETTER|LEGAL")) {
            throw new StyleException(file + ": page.size: '" + page.size + "' must be A4, A5, Letter or Legal");
        }
        fallbacks = fallbacks(file);
        if (logo != null) {
            logoPath = file.toAbsolutePath().getParent().resolve(logo);
            if (!Files.isReadable(logoPath)) {
                throw new StyleException(file + ": logo: file not found: " + logoPath);
            }
        }
    }

    /** {@code fallback_fonts}: each a built-in name, a .ttf/.otf file, or a map of faces to files. */
    private java.util.List<FallbackFont> fallbacks(Path file) {
        java.util.List<FallbackFont> fonts = new java.util.ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        java.util.List<Object> given = fallbackFonts == null ? java.util.List.of() : fallbackFonts;
        for (int i = 0; i < given.size(); i++) {
            String key = file + ": fallback_fonts[" + (i + 1) + "]";
            Object item = given.get(i);
            if (item instanceof String name) {
                FallbackFont builtIn = FallbackFont.builtIn(name.trim().toLowerCase(Locale.ROOT));
                if (builtIn != null) {
                    fonts.add(builtIn);
                } else if (name.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)")) {
                    String face = fontFile(key, folder, name);
                    fonts.add(new FallbackFont(name, face, face, face, face));
                } else {
                    throw new StyleException(key + ": '" + name + "' is neither a built-in font ("
                            + String.join(", ", FallbackFont.BUILT_IN) + ") nor a .ttf or .otf file");
                }
            } else if (item instanceof java.util.Map<?, ?> faces) {
                for (Object face : faces.keySet()) {
                    if (!java.util.List.of("regular", "bold", "italic", "bold_italic").contains(String.valueOf(face))) {
                        throw new StyleException(key + ": unknown face '" + face
                                + "' (known: regular, bold, italic, bold_italic)");
                    }
                }
                if (!(faces.get("regular") instanceof String)) {
                    throw new StyleException(key + ": a font given by its faces needs at least 'regular: file.ttf'");
                }
                String regular = fontFile(key + ".regular", folder, (String) faces.get("regular"));
                java.util.function.Function<String, String> face = name -> faces.get(name) == null ? regular
                        : fontFile(key + "." + name, folder, String.valueOf(faces.get(name)));
                fonts.add(new FallbackFont(String.valueOf(faces.get("regular")), regular, face.apply("bold"),
                        face.apply("italic"), face.apply("bold_italic")));
            } else {
                throw new StyleException(key + ": expected a font name or file, found '" + item + "'");
            }
        }
        return java.util.List.copyOf(fonts);
    }

    private static String fontFile(String key, Path folder, String name) {
        Path path = folder.resolve(name).normalize();
        if (!name.toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf)")) {
            throw new StyleException(key + ": '" + name + "' is not a TrueType or OpenType font file (.ttf or .otf)");
        }
        if (!Files.isReadable(path)) {
            throw new StyleException(key + ": font file not found: " + path);
        }
        return path.toString();
    }

    /**
     * The fonts tried, in order, for characters the house fonts lack (by default DejaVu Sans: Arabic,
     * Hebrew, Armenian, Georgian and more); none when the style lists none.
     */
    public java.util.List<FallbackFont> fallbackFonts() {
        return fallbacks;
    }

    public Page page() {
        return page;
    }

    public Fonts fonts() {
        return fonts;
    }

    public Sizes sizes() {
        return sizes;
    }

    public Colours colours() {
        return colours;
    }

    public double lineHeight() {
        return lineHeight;
    }

    public boolean letterheadUppercase() {
        return letterheadUppercase;
    }

    /** The logo image (PNG or JPEG) beside the style file, or null. */
    public Path logo() {
        return logoPath;
    }

    /** Whether notes come before the closing ("Kind regards") or after the signature. */
    public boolean notesBeforeClosing() {
        return notes.equals("before_closing");
    }
}
