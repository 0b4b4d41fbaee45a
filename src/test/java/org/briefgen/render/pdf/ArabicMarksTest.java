package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Arabic vowel marks are drawn on their letters (issue 26, part 3): placed by the font's anchors,
 * a vowelled word is as wide as the same word without its vowels, and every mark stands within it.
 * They were left out of the drawing; drawn as ICU's spacing forms they would widen the word.
 */
class ArabicMarksTest {

    private static boolean mark(int c) {
        return c >= 0x064B && c <= 0x0652;
    }

    private static final String VOWELLED = "مُحَمَّد";

    @Test
    void aVowelledWordIsDrawnWithItsMarksOnItsLetters() {
        check("ar-SA", "");
    }

    @Test
    void soIsAVowelledNameInAnEnglishLetter() {
        check("en-GB", "Dear ");
    }

    private static void check(String language, String before) {
        String md = "---\ntitle: T\nlang: " + language + "\n---\n\n" + before + VOWELLED + "\n\n" + before
                + "محمد\n";
        byte[] pdf = new PdfRenderer(TestLetters.style()).render(new MarkdownReader().read(md, "t")).bytes();
        List<PageLines> lines = PageLines.of(pdf);
        // the marks stand a little above or below the letters: PDFBox reads them as lines of their own
        assertThat(PageLines.text(lines, 1).chars().filter(ArabicMarksTest::mark)).as("marks drawn in %s", lines)
                .hasSize(4);
        List<PageLines> words = lines.stream().filter(l -> l.text().chars().filter(c -> c >= 0xFE70 && !mark(c))
                .count() >= 4).toList();
        assertThat(words).hasSize(2);
        PageLines vowelled = words.get(0);
        assertThat(vowelled.right() - vowelled.left()).as("the vowelled word's width")
                .isCloseTo(words.get(1).right() - words.get(1).left(), within(0.5f));
        for (PageLines marks : lines.stream().filter(l -> l.text().chars().anyMatch(ArabicMarksTest::mark)
                && l.page() == vowelled.page() && l.baseline() < words.get(1).baseline()).toList()) {
            assertThat(marks.left()).as("%s over or under the word", marks).isBetween(vowelled.left() - 1,
                    vowelled.right() + 1);
            assertThat(marks.right()).isBetween(vowelled.left() - 1, vowelled.right() + 1);
        }
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
