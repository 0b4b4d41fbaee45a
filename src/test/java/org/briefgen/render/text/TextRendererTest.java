package org.briefgen.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Block;
import org.briefgen.document.Inline;

import org.junit.jupiter.api.Test;

/** The plain text of a letter, for the text part of an e-mail. */
class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer(TestLetters.style());

    @Test
    void theAmazonLetterAsPlainText() {
        String text = renderer.render(TestLetters.amazon());
        assertThat(text).startsWith("PRIVACY INTERNATIONAL\n62 Britton Street\nLondon EC1M 5UY\nUnited Kingdom\n"
                + "Phone +44 (0)20 3422 4321\nwww.privacyinternational.org\n\n7 January 2020\n\nAmazon UK\n"
                + "via email: eu-privacy@amazon.co.uk\nand via Twitter @AmazonUK\n\nDear Sir/Madam,\n\n"
                + "RE: Cloud analytics: Request for response regarding potential misuse of your customer data\n\n"
                + "It is apparent from our research (attached and here <https://privacyinternational.org/>) that"
                + " your product Amazon Alexa can be accessed using Oxygen Forensics Cloud Extractor.\n\n");
        assertThat(text).contains("\n\nOxygen Forensics states that:\n\n> \"The valuable data extracted")
                .contains("\n\nSummary of the research\n-----------------------\n\n- Law enforcement are increasingly"
                        + " using cloud analytics[1]\n- This can be used")
                .contains("\n\nVery well: 11.0%\nFairly well: 29.0%\n")
                .contains("\nDon't know: 13.0%\nIllustrative figures, not survey results:")
                .contains("\n\n----\n\n[1] Cellebrite, a prominent vendor")
                .contains("\n\n[2] All figures, unless otherwise stated, are from YouGov Plc.")
                .endsWith("\n\nKind regards,\n\nCamilla Graham Wood\nPrivacy International\n\nRef. CE-2020-001\n");
        assertThat(text).doesNotContain("**").doesNotContain("\r").doesNotContain("\n\n\n");
    }

    @Test
    void listsQuotesAndTheirParagraphs() {
        Block.ListItem item = new Block.ListItem(List.of(TestLetters.paragraph("one"), TestLetters.paragraph("more")));
        Block quote = new Block.BlockQuote(List.of(TestLetters.paragraph("q1"), TestLetters.paragraph("q2")));
        String text = renderer.render(TestLetters.of(TestLetters.paragraph("before"),
                new Block.OrderedList(9, List.of(item, new Block.ListItem(List.of(TestLetters.paragraph("ten"))))),
                quote, TestLetters.paragraph("after")));
        assertThat(text).isEqualTo("before\n\n9. one\n\n   more\n10. ten\n\n> q1\n>\n> q2\n\nafter\n\nRef. T-1\n");
    }

    @Test
    void aLinkWhoseTextIsItsAddressIsWrittenOnce() {
        Block.Paragraph p = new Block.Paragraph(List.of(new Inline.Link("https://example.org",
                List.of(new Inline.Text("https://example.org"))), new Inline.Text(" and "),
                new Inline.Link("mailto:a@example.org", List.of(new Inline.Text("a@example.org")))));
        assertThat(renderer.render(TestLetters.of(p))).startsWith("https://example.org and a@example.org\n");
    }
}
