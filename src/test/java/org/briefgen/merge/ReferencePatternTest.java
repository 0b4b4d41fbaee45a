package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReferencePatternTest {

    @Test
    void fillsEachPlaceholder() {
        assertThat(ReferencePattern.format("PI/{year}/{campaign}-{seq:3}/{id}", 2026, "cloud", "amazon-uk", 7))
                .isEqualTo("PI/2026/cloud-007/amazon-uk");
        assertThat(ReferencePattern.format("{campaign}-{seq}", 2026, "cloud", "x", 1234)).isEqualTo("cloud-1234");
    }

    @Test
    void aValueWithDollarsOrBackslashesIsTakenAsWritten() {
        assertThat(ReferencePattern.format("{id}", 2026, "c", "a$1\\b", 1)).isEqualTo("a$1\\b");
    }

    /** The sequence is padded by hand (String.format was a measurable part of issuing). */
    @Property(tries = 2000)
    void padsTheSequenceAsStringFormatDoes(@ForAll @IntRange(min = -100_000, max = 100_000_000) int n,
            @ForAll @IntRange(min = 1, max = 9) int width) {
        assertThat(ReferencePattern.zeroPadded(n, width)).isEqualTo(String.format("%0" + width + "d", n));
    }
}
