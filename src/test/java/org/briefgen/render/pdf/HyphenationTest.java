package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.render.HouseStyle;

import org.junit.jupiter.api.Test;

/** The house style's {@code hyphenate} and {@code justify}, by the letter's language, in a narrow column. */
class HyphenationTest {

    private static final String ENGLISH = "Telecommunications infrastructure responsibilities require extraordinarily"
            + " comprehensive administrative documentation, unquestionably conscientious characterisation and"
            + " internationalisation of the accountability of every organisation concerned.";
    private static final String FRENCH = "Les télécommunications internationales exigent une responsabilité"
            + " administrative extraordinairement consciencieuse et anticonstitutionnellement documentée par"
            + " chaque organisation concernée.";

    /** The bundled style with a column some 60 mm wide, and {@code hyphenate} and {@code justify} as given. */
    private static HouseStyle narrow(boolean hyphenate, boolean justify) {
        HouseStyle s = TestLetters.style();
        HouseStyle.Page page = new HouseStyle.Page(s.page().size(), s.page().top(), 75, s.page().bottom(), 75);
        return new HouseStyle(page, s.fonts(), s.sizes(), s.colours(), s.lineHeight(), s.letterheadUppercase(),
                s.logo(), s.notesPlacement(), s.fallbackFonts(), new HouseStyle.Typography(true, hyphenate, justify));
    }

    private static List<PageLines> lines(HouseStyle style, String language, String text) {
        Document document = new Document(new DocumentInfo("Test", "Tester", "", language, "T-1", List.of(),
                LocalDate.of(2024, 3, 5)), null, List.of(TestLetters.paragraph(text)), List.of());
        return PageLines.on(PageLines.of(new PdfRenderer(style).render(document).bytes()), 1).stream()
                .filter(l -> !l.text().contains("T-1") && !l.text().startsWith("Page")).toList();
    }

    @Test
    void offByDefault() {
        assertThat(TestLetters.style().typography().hyphenate()).isFalse();
        assertThat(TestLetters.style().typography().justify()).isFalse();
        assertThat(lines(narrow(false, false), "en-GB", ENGLISH)).noneMatch(l -> l.text().strip().endsWith("-"));
    }

    @Test
    void anEnglishLetterIsHyphenatedByEnglishRules() {
        List<PageLines> lines = lines(narrow(true, false), "en-GB", ENGLISH);
        assertThat(lines).anyMatch(l -> l.text().strip().matches(".*\\p{L}-"));
        // the word's pieces are its own: no letters are lost or added at the break
        String joined = String.join("\n", lines.stream().map(l -> l.text().strip()).toList())
                .replaceAll("-\n", "").replace('\n', ' ');
        assertThat(joined.replaceAll("\\s+", " ")).isEqualTo(ENGLISH);
    }

    @Test
    void aFrenchLetterIsHyphenatedByFrenchRules() {
        assertThat(lines(narrow(true, false), "fr-FR", FRENCH)).anyMatch(l -> l.text().strip().matches(".*\\p{L}-"));
        assertThat(lines(narrow(false, false), "fr-FR", FRENCH)).noneMatch(l -> l.text().strip().endsWith("-"));
    }

    @Test
    void justifiedLinesEndFlushRightButTheLast() {
        List<PageLines> justified = lines(narrow(true, true), "en-GB", ENGLISH);
        List<PageLines> ragged = lines(narrow(true, false), "en-GB", ENGLISH);
        float right = (float) justified.stream().mapToDouble(PageLines::right).max().orElseThrow();
        assertThat(justified.subList(0, justified.size() - 1)).allSatisfy(l -> assertThat(l.right())
                .isCloseTo(right, org.assertj.core.data.Offset.offset(1.0f)));
        assertThat(ragged.stream().filter(l -> Math.abs(l.right() - right) > 3).count()).isGreaterThan(1);
    }
}
