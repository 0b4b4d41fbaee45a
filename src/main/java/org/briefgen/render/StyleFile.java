package org.briefgen.render;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A style file as written, before {@link HouseStyleReader} checks it: its keys as fields, each
 * holding the default until the file sets it. Filled by Jackson only; never leaves the reader.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class StyleFile {

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Page {
        String size = "A4";
        double top = 16;
        double right = 20;
        double bottom = 24;
        double left = 22;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Fonts {
        String body = "sans";
        String headings = "sans";
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Sizes {
        double body = 10;
        double small = 8.5;
        double letterhead = 19;
        double heading1 = 15;
        double heading2 = 11.5;
        double heading3 = 10;
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Colours {
        String text = "#1d1d22";
        String accent = "#6a1b4d";
        String muted = "#5d5d68";
        String rule = "#c8c8d0";
        @JsonProperty("accent_light")
        String accentLight = "#e7d3df";
    }

    Page page = new Page();
    Fonts fonts = new Fonts();
    Sizes sizes = new Sizes();
    Colours colours = new Colours();
    @JsonProperty("line_height")
    double lineHeight = 1.38;
    @JsonProperty("letterhead_uppercase")
    boolean letterheadUppercase = true;
    String logo;
    String notes = "foot";
    boolean hyphenate;
    boolean justify;
    /** Built-in names, font files, or maps of faces to files. */
    @JsonProperty("fallback_fonts")
    List<Object> fallbackFonts = List.of("dejavu-sans");
}
