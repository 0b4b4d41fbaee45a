package org.briefgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void everyCharacterThatCouldBeMarkupIsAReference() {
        assertThat(Markup.escape("<a href=\"x\">Tom & Jerry's</a>", true, StringBuilder::append)).isEqualTo(
                "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }

    @Test
    void anApostropheStaysWhereTheFormatAllowsIt() {
        assertThat(Markup.escape("Jerry's", false, StringBuilder::append)).isEqualTo("Jerry's");
    }

    @Test
    void theFormatSaysWhatBecomesOfAnyOtherCharacter() {
        assertThat(Markup.escape("a\u0001b&", true, (out, c) -> out.append(c < 0x20 ? '?' : c))).isEqualTo(
                "a?b&amp;");
    }
}
