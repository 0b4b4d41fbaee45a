package org.briefgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.document.NotesPlacement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a style file: values checked and defaulted while it is read, errors naming file and line. */
class HouseStyleTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("style.yaml"), yaml);
    }

    private String error(String yaml) throws IOException {
        Path file = file(yaml);
        try {
            HouseStyle.load(file);
        } catch (StyleException e) {
            return e.getMessage().replace(file.toString(), "style.yaml");
        }
        throw new AssertionError("no error for " + yaml);
    }

    @Test
    void theBundledFileShowsTheDefaults() {
        assertThat(HouseStyle.load(Path.of("templates/style.yaml"))).isEqualTo(HouseStyle.defaults());
    }

    @Test
    void anEmptyFileOrAnEmptySectionKeepsTheDefaults() throws IOException {
        assertThat(HouseStyle.load(file(""))).isEqualTo(HouseStyle.defaults());
        assertThat(HouseStyle.load(file("page:\ncolours:\n"))).isEqualTo(HouseStyle.defaults());
    }

    @Test
    void valuesAreReadIntoTheirTypes() throws IOException {
        HouseStyle style = HouseStyle.load(file("""
                page:
                  size: letter
                  top: 25
                colours:
                  accent: "#00AAff"
                notes: after_signature
                fallback_fonts: [DejaVu-Mono]
                """));
        assertThat(style.page().size()).isEqualTo(PageSize.LETTER);
        assertThat(style.page().top()).isEqualTo(25);
        assertThat(style.page().left()).isEqualTo(22);
        assertThat(style.colours().accent()).isEqualTo(0x00aaff);
        assertThat(style.notesPlacement()).isEqualTo(NotesPlacement.AFTER_SIGNATURE);
        assertThat(style.fallbackFonts()).extracting(HouseStyle.FallbackFont::name).containsExactly("dejavu-mono");
    }

    @Test
    void theTypographyKeys() throws IOException {
        assertThat(HouseStyle.defaults().typography()).isEqualTo(new HouseStyle.Typography(true, false, false));
        assertThat(HouseStyle.defaults().notesPlacement()).isEqualTo(NotesPlacement.BEFORE_CLOSING);
        HouseStyle style = HouseStyle.load(file("notes: end\nhyphenate: true\njustify: true\n"));
        assertThat(style.typography()).isEqualTo(new HouseStyle.Typography(false, true, true));
        assertThat(style.notesPlacement()).isEqualTo(NotesPlacement.BEFORE_CLOSING);
        assertThat(HouseStyle.load(file("notes: after_signature\n")).typography().footNotes()).isFalse();
        assertThat(error("hyphenate: perhaps\n")).startsWith("style.yaml:1: ");
    }

    @Test
    void pageSizesInPointsAndMillimetres() {
        assertThat(PageSize.A4.widthPoints()).isEqualTo(595);
        assertThat(PageSize.A4.heightPoints()).isEqualTo(842);
        assertThat(PageSize.A5.widthPoints()).isEqualTo(420);
        assertThat(PageSize.LETTER.widthPoints()).isEqualTo(612);
        assertThat(PageSize.LEGAL.heightPoints()).isEqualTo(1008);
        assertThat(PageSize.A4.widthMm()).isEqualTo(210);
    }

    @Test
    void aWrongKeyNamesTheLineAndTheKnownKeys() throws IOException {
        assertThat(error("page:\n  siez: A4\n"))
                .isEqualTo("style.yaml:2: unknown key 'siez' (known here: bottom, left, right, size, top)");
        assertThat(error("line_hieght: 1.3\n")).isEqualTo("style.yaml:1: unknown key 'line_hieght' (known here: "
                + "colours, fallback_fonts, fonts, hyphenate, justify, letterhead_uppercase, line_height, logo, notes, page, sizes)");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheLine() throws IOException {
        assertThat(error("sizes:\n  body: big\n"))
                .startsWith("style.yaml:2: Cannot deserialize value of type `double`");
        assertThat(error("line_height: ~\n")).startsWith("style.yaml:1: Cannot map `null` into type `double`");
    }

    @Test
    void aWrongValueSaysWhatIsExpected() throws IOException {
        assertThat(error("page:\n  size: B5\n"))
                .isEqualTo("style.yaml: page.size: 'B5' must be A4, A5, Letter or Legal");
        assertThat(error("colours:\n  text: red\n"))
                .isEqualTo("style.yaml: colours.text: expected a colour as #rrggbb, found 'red'");
        assertThat(error("fonts:\n  body: comic\n"))
                .isEqualTo("style.yaml: fonts: 'comic' is not a font family (sans, serif or mono)");
        assertThat(error("notes: footer\n"))
                .isEqualTo("style.yaml: notes: 'footer' must be foot, before_closing (or end) or after_signature");
        assertThat(error("fallback_fonts: [noto-sans]\n")).isEqualTo("style.yaml: fallback_fonts[1]: 'noto-sans' is"
                + " neither a built-in font (dejavu-sans, dejavu-serif, dejavu-mono) nor a .ttf or .otf file");
        assertThat(error("logo: nope.png\n")).startsWith("style.yaml: logo: file not found: ").endsWith("nope.png");
    }

    @Test
    void aValueLeftEmptyIsAnErrorNotACrash() throws IOException {
        assertThat(error("page:\n  size:\n"))
                .isEqualTo("style.yaml: page.size: 'null' must be A4, A5, Letter or Legal");
        assertThat(error("notes:\n"))
                .isEqualTo("style.yaml: notes: 'null' must be foot, before_closing (or end) or after_signature");
        assertThat(error("fonts:\n  headings:\n"))
                .isEqualTo("style.yaml: fonts: 'null' is not a font family (sans, serif or mono)");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("none.yaml");
        assertThatThrownBy(() -> HouseStyle.load(missing)).isInstanceOf(StyleException.class)
                .hasMessage(missing + ": style file not found");
    }
}
