package org.briefgen.render.pdf.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import org.junit.jupiter.api.Test;

/**
 * Lines break where ICU's line-break rules allow (issue 26, part 3), where iText's own split
 * characters differ: each case shows the breaks of both, so that it fails with iText's. No CJK font
 * is bundled (Liberation and DejaVu only), so Japanese is tested here, at the break decisions.
 */
class LineBreaksTest {

    private static final ISplitCharacters ITEXT = new DefaultSplitCharacters();

    @Test
    void aReferenceOrADateStaysWholeAndAHyphenatedWordMayBreak() {
        String text = "CE-2020-002-F1 2020-01-07 follow-up";
        assertThat(breaks(LineBreaks.of("en-GB"), text)).containsExactly("CE-2020-002-F1 ", "2020-01-07 ",
                "follow-", "up");
    }

    @Test
    void aJapaneseCompanysNameIsNotCutBetweenItsKanjiNorBeforeASmallKanaOrAFullStop() {
        String text = "株式会社ソニー・インタラクティブエンタテインメントは、東京の会社です。ちょっと";
        List<String> icu = breaks(LineBreaks.of("ja"), text);
        assertThat(icu).containsExactly("株式会社", "ソニー・", "インタラクティブエンタテインメントは、", "東京の", "会社です。", "ちょっと");
        // iText's own breaks cut the name after each kanji
        assertThat(breaks(ITEXT, text)).startsWith("株", "式", "会", "社");
        // a Japanese name in an English letter breaks as Japanese
        assertThat(breaks(LineBreaks.of("en-GB"), "株式会社ソニー")).containsExactly("株式会社", "ソニー");
    }

    @Test
    void anOpeningQuotationMarkStaysWithItsWordAndAnEmDashBreaks() {
        String french = "« Bonjour » dit-il";
        assertThat(breaks(LineBreaks.of("fr-FR"), french)).containsExactly("« Bonjour » ", "dit-", "il");
        assertThat(breaks(ITEXT, french)).startsWith("« ", "Bonjour ");
        String dashes = "words—dashes";
        assertThat(breaks(LineBreaks.of("en-GB"), dashes)).containsExactly("words", "—", "dashes");
        assertThat(breaks(ITEXT, dashes)).containsExactly(dashes);
    }

    @Test
    void aNumberKeepsItsPercentAndItsFigureSpacesAndThaiBreaksBetweenWords() {
        String figures = "1\u2007000 (50%) rose";
        assertThat(breaks(LineBreaks.of("en-GB"), figures)).containsExactly("1\u2007000 ", "(50%) ", "rose");
        assertThat(breaks(ITEXT, figures)).startsWith("1\u2007");
        String thai = "ภาษาไทยไม่มีการเว้นวรรค";
        assertThat(breaks(LineBreaks.of("th"), thai)).containsExactly("ภาษา", "ไทย", "ไม่มี", "การ", "เว้น", "วรรค");
        assertThat(breaks(ITEXT, thai)).containsExactly(thai);
    }

    @Test
    void oneLayoutsBreaksFollowEachRunWhateverLineCarriesItAndWhateverWasAskedBefore() {
        // iText hands a run's rest to the next line as a new GlyphLine over the same glyphs; runs of the
        // same length but other text are asked about in between, as a paragraph's runs are
        String english = "CE-2020-002-F1 2020-01-07 follow-up";
        String same = "words—dashes and (50%) of them wait";
        String japanese = "株式会社ソニー・インタラクティブエンタテインメントは、東京の会社です。ちょっと";
        assertThat(same).hasSameSizeAs(english);
        LineBreaks one = LineBreaks.of("en-GB");
        GlyphLine first = line(english);
        GlyphLine other = line(same);
        for (int round = 0; round < 3; round++) {
            assertThat(breaks(one, new GlyphLine(first))).isEqualTo(breaks(LineBreaks.of("en-GB"), english));
            assertThat(breaks(one, other)).isEqualTo(breaks(LineBreaks.of("en-GB"), same));
            assertThat(breaks(one, line(english))).isEqualTo(breaks(LineBreaks.of("en-GB"), english));
            assertThat(breaks(one, line(japanese))).isEqualTo(breaks(LineBreaks.of("en-GB"), japanese));
        }
        // a run whose glyph changed in place is read again
        GlyphLine changed = new GlyphLine(first);
        changed.set(3, new Glyph(' ', 500, ' '));
        assertThat(breaks(one, changed))
                .isEqualTo(breaks(LineBreaks.of("en-GB"), "CE- 020-002-F1 2020-01-07 follow-up"));
    }

    private static GlyphLine line(String text) {
        List<Glyph> glyphs = new ArrayList<>();
        text.codePoints().forEach(c -> glyphs.add(new Glyph(c, 500, c)));
        return new GlyphLine(glyphs);
    }

    /** {@code text} cut after each glyph where {@code splits} allows a line to break. */
    private static List<String> breaks(ISplitCharacters splits, String text) {
        return breaks(splits, line(text));
    }

    private static List<String> breaks(ISplitCharacters splits, GlyphLine line) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.size(); i++) {
            if (splits.isSplitCharacter(line, i) || i == line.size() - 1) {
                out.add(line.toUnicodeString(from, i + 1));
                from = i + 1;
            }
        }
        return out;
    }
}
