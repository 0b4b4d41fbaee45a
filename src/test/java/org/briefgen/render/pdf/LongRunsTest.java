package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Very long runs of text are given to iText in pieces cut after spaces, nothing lost or moved. */
class LongRunsTest {

    @Property(tries = 200)
    void aLongRunIsCutAfterSpacesIntoPiecesThatMakeItUpAgain(
            @ForAll @AlphaChars @Chars({' ', ',', '.'}) @StringLength(min = 2_001, max = 12_000) String run) {
        List<String> pieces = LongRuns.cut(List.of("Concerns: ", run));

        assertThat(String.join("", pieces)).isEqualTo("Concerns: " + run);
        assertThat(pieces.get(0)).isEqualTo("Concerns: ");
        for (String piece : pieces.subList(1, pieces.size() - 1)) {
            // each piece but the last ends where a line may break, and is no longer than a piece unless one word is
            assertThat(piece).endsWith(" ");
            assertThat(piece.length() <= LongRuns.PIECE || piece.indexOf(' ') == piece.length() - 1).as(piece)
                    .isTrue();
        }
        assertThat(pieces).allMatch(p -> !p.isEmpty());
    }

    @Test
    void runsOfALetterAreGivenWholeAsBefore() {
        List<String> parts = List.of("Dear Ms Example,", "x ".repeat(LongRuns.LONG / 2));

        assertThat(LongRuns.cut(parts)).isSameAs(parts);
    }

    @Test
    void aLongWordIsNeverCut() {
        String word = "a".repeat(LongRuns.LONG + 500);

        assertThat(LongRuns.cut(List.of(word))).containsExactly(word);
        assertThat(LongRuns.cut(List.of("b ".repeat(100) + word + " c"))).containsExactly("b ".repeat(100), word
                + " ", "c");
    }

    @Test
    void twoThousandCompanyNamesAreCutIntoPiecesOfAtMostAThousandCharacters() {
        String names = String.join(", ", java.util.Collections.nCopies(2_000, "Xylem Holdings Ltd")) + ".";

        List<String> pieces = LongRuns.cut(List.of(names));

        assertThat(pieces).hasSizeBetween(names.length() / LongRuns.PIECE, names.length() / 900 + 1);
        assertThat(pieces).allMatch(p -> p.length() <= LongRuns.PIECE);
        assertThat(pieces.subList(0, pieces.size() - 1)).allMatch(p -> p.endsWith("Ltd, "));
    }
}
