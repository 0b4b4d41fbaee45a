package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a value from data or an e-mail is shown on a terminal: every control character escaped, every letter kept. */
class TerminalTextTest {

    static Stream<Arguments> values() {
        return Stream.of(Arguments.of("Amazon UK", "Amazon UK"),
                Arguments.of("Søndergaard Connect ApS", "Søndergaard Connect ApS"),
                Arguments.of("شركة أمازون", "شركة أمازون"), Arguments.of("株式会社メルカリ", "株式会社メルカリ"),
                Arguments.of("a\u001b[31mb", "a\\x1b[31mb"), Arguments.of("a\rb", "a\\rb"),
                Arguments.of("a\nb", "a\\nb"), Arguments.of("a\tb", "a\\tb"), Arguments.of("a\u0007b", "a\\x07b"),
                Arguments.of("a\u007fb", "a\\x7fb"), Arguments.of("a\u009bb", "a\\u009bb"),
                Arguments.of("a\u0085b", "a\\u0085b"), Arguments.of("a\u2028b", "a\\u2028b"),
                Arguments.of("a\u202eb", "a\\u202eb"), Arguments.of("a\u2066b", "a\\u2066b"),
                Arguments.of("a\u200fb", "a\\u200fb"), Arguments.of("a\u061cb", "a\\u061cb"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void controlCharactersAreShownEscaped(String text, String shown) {
        assertThat(TerminalText.of(text)).isEqualTo(shown);
    }

    @Test
    void nothingPrintsAsNothing() {
        assertThat(TerminalText.of(null)).isEmpty();
    }
}
