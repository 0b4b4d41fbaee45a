package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Lines of a right-to-left paragraph: broken in logical order, each then drawn in visual order. */
class BidiLinesTest {

    /** Every character one unit wide. */
    private static final BidiLines.Width UNIT = (leaf, visual) -> visual.length();

    private static List<String> drawn(List<BidiLines.Line> lines) {
        return lines.stream().map(l -> l.pieces().stream().map(BidiLines.Piece::visual).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void hebrewWordsFillLinesInReadingOrderAndEachLineIsReversed() {
        // "shalom olam tov me'od": four words, two to a line
        List<BidiLines.Line> lines = BidiLines.lines(List.of("שלום עולם טוב מאוד"), 10, UNIT);
        assertThat(lines).extracting(BidiLines.Line::logical).containsExactly("שלום עולם ", "טוב מאוד");
        // the first word is drawn at the right of its line, its letters from right to left
        assertThat(drawn(lines)).containsExactly("םלוע םולש", "דואמ בוט");
    }

    @Test
    void latinNamesNumbersAndAddressesKeepTheirOrderInsideRightToLeftText() {
        List<BidiLines.Line> lines = BidiLines.lines(List.of("כתבו אל privacy@northwind.example עד 21.1.2020"), 100,
                UNIT);
        assertThat(drawn(lines)).containsExactly("21.1.2020 דע privacy@northwind.example לא ובתכ");
        assertThat(lines.get(0).logical()).isEqualTo("כתבו אל privacy@northwind.example עד 21.1.2020");
    }

    @Test
    void arabicLettersAreJoinedAndTheirVowelSignsFollowTheirLetters() {
        // "man" with a fatha: the fatha follows its meem, as a combining mark the font's anchors place
        List<BidiLines.Line> lines = BidiLines.lines(List.of("مَن"), 100, UNIT);
        assertThat(lines.get(0).logical()).isEqualTo("مَن");
        // meem in its initial form joined to nun in its final form, drawn from the right
        assertThat(drawn(lines)).containsExactly("\uFEE6\uFEE3\u064E");
        // alef does not join the letter after it: that nun stands alone
        assertThat(drawn(BidiLines.lines(List.of("أنّ"), 100, UNIT))).containsExactly("\uFEE5\u0651\uFE83");
    }

    @Test
    void aStyledPieceStaysOnePieceAndItsNeighboursKeepTheirPlaces() {
        List<BidiLines.Line> lines = BidiLines.lines(List.of("אנו ", "Northwind Cloud", " שלכם"), 100, UNIT);
        List<BidiLines.Piece> pieces = lines.get(0).pieces();
        assertThat(pieces).extracting(BidiLines.Piece::leaf).containsExactly(2, 1, 0);
        assertThat(pieces).extracting(BidiLines.Piece::visual).containsExactly("םכלש ", "Northwind Cloud", " ונא");
    }

    @Test
    void aLineBreakInTheTextStartsANewLineAndAWordLongerThanALineHasOneOfItsOwn() {
        List<BidiLines.Line> lines = BidiLines.lines(List.of("אחת\nשתיים", " CE-2020-001-northwind"), 8, UNIT);
        assertThat(lines).extracting(BidiLines.Line::logical).containsExactly("אחת", "שתיים ",
                "CE-2020-001-northwind");
    }
}
