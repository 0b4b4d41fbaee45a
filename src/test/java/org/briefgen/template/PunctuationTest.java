package org.briefgen.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The full stop a value's own punctuation makes redundant is left out, exactly as the rule's pattern says. */
class PunctuationTest {

    /** The rule as the pattern it was written as, before the one pass that replaced it. */
    private static final Pattern DOUBLED = Pattern.compile("(?<=\\\\[.?!])\\.(?!\\.)");

    @Test
    void aTemplateFullStopAfterAValuesOwnIsLeftOut() {
        assertThat(Punctuation.undoubled("Ñandú, S\\.L\\.. Next")).isEqualTo("Ñandú, S\\.L\\. Next");
        assertThat(Punctuation.undoubled("Really\\?. Yes\\!.")).isEqualTo("Really\\? Yes\\!");
        // an ellipsis is kept, and a full stop after an unescaped one (the template's own) too
        assertThat(Punctuation.undoubled("S\\.L\\.... and.. end.")).isEqualTo("S\\.L\\.... and.. end.");
        assertThat(Punctuation.undoubled(".")).isEqualTo(".");
        assertThat(Punctuation.undoubled("")).isEmpty();
    }

    @Property(tries = 2000)
    void asThePatternSays(@ForAll @Chars({'.', '\\', '?', '!', 'a', ' '}) @StringLength(max = 40) String text) {
        assertThat(Punctuation.undoubled(text)).isEqualTo(DOUBLED.matcher(text).replaceAll(""));
    }
}
