package org.briefgen.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.Inline;
import org.briefgen.document.markdown.MarkdownReader;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MarkdownOutputFormatTest {

    private static final MarkdownReader READER = new MarkdownReader();

    /** The text a paragraph holding {@code markdown} shows. */
    private static String shown(String markdown) {
        Document doc = READER.read(markdown, "test");
        assertThat(doc.blocks()).hasSize(1);
        return Inline.plainText(((Block.Paragraph) doc.blocks().get(0)).inlines());
    }

    @Test
    void markupInDataPrintsLiterally() {
        String evil = "**Evil** <b>x</b> ${7*7} [link](http://x) # not a heading _y_ `z` &amp; [^1]";
        assertThat(shown("x " + MarkdownOutputFormat.escape(evil))).isEqualTo("x " + evil);
    }

    @Test
    void lineBreaksInDataCannotStartNewBlocks() {
        String value = "Acme\n\n# Heading\n- item\n> quote\n1. one";
        assertThat(shown("x " + MarkdownOutputFormat.escape(value)))
                .isEqualTo("x Acme  # Heading - item > quote 1. one");
    }

    @Property(tries = 500)
    void anyValuePrintsAsWritten(@ForAll String value) {
        String expected = value.replace("\r\n", " ").replaceAll("[\r\n\t]", " ").replace('\0', '\uFFFD');
        assertThat(shown("[" + MarkdownOutputFormat.escape(value) + "]")).isEqualTo("[" + expected + "]");
    }

    @Test
    void escapedValuesSurviveTheTemplateFrontMatter() {
        Document doc = READER.read("---\nrecipient:\n  - " + MarkdownOutputFormat.escape("'Quoted' | \"Co\" -")
                + "\n---\n\nx", "test");
        assertThat(doc.letterFrame().orElseThrow().recipient().get(0).plainText()).isEqualTo("'Quoted' | \"Co\" -");
    }
}
