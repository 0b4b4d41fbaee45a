package org.briefgen.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Block;
import org.briefgen.document.Inline;

import org.junit.jupiter.api.Test;

/** The HTML of a letter: what it says, in order, escaped, styled inline the way mail clients keep. */
class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer(TestLetters.style());
    private final String amazon = renderer.render(TestLetters.amazon());

    @Test
    void theAmazonLetterInOrder() {
        assertThat(amazon).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
                .contains("<title>Cloud analytics: letter to Amazon UK</title>");
        List<String> expected = List.of("PRIVACY INTERNATIONAL", "62 Britton Street", "7 January 2020",
                "Amazon UK<br>via email: eu-privacy@amazon.co.uk<br>and via Twitter @AmazonUK", "Dear Sir/Madam,",
                "RE: Cloud analytics", "(attached and <a href=\"https://privacyinternational.org/\"",
                ">here</a>) that your product Amazon Alexa", "&quot;The valuable data extracted",
                "Please respond no later than <strong>17 January 2020</strong>.", ">Summary of the research</h2>",
                "Law enforcement are increasingly using cloud analytics<sup", ">1</sup>", ">Very well</td>",
                ">11.0%</td>", "Illustrative figures, not survey results", ">Yes</td>", ">55.7%</td>",
                "Cellebrite, a prominent vendor", "All figures, unless otherwise stated, are from YouGov Plc.",
                "Kind regards,", ">Camilla Graham Wood</p>", ">Privacy International</p>", "Ref. CE-2020-001");
        int from = 0;
        for (String phrase : expected) {
            int at = amazon.indexOf(phrase, from);
            assertThat(at).as("'" + phrase + "' after offset " + from).isGreaterThanOrEqualTo(0);
            from = at + phrase.length();
        }
    }

    @Test
    void everyStyleIsInlineAndNothingRuns() {
        assertThat(amazon).doesNotContain("<style").doesNotContain("class=").doesNotContain("<script")
                .doesNotContain("<link");
        assertThat(amazon).contains("<p style=\"margin:0 0 7.5pt 0;\">")
                .contains("font-family:'Liberation Sans', Arial, Helvetica, sans-serif;font-size:10pt;")
                .contains("color:#6a1b4d");
    }

    @Test
    void markupInTheTextPrintsAsWritten() {
        String html = renderer.render(TestLetters.of(TestLetters.paragraph("**Evil** <b>x</b> ${7*7} & 'q' \"q\"")));
        assertThat(html).contains(">**Evil** &lt;b&gt;x&lt;/b&gt; ${7*7} &amp; &#39;q&#39; &quot;q&quot;</p>")
                .doesNotContain("<b>");
    }

    @Test
    void onlyWebAndMailLinksAreLinks() {
        Block.Paragraph p = new Block.Paragraph(List.of(
                new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("bad"))),
                new Inline.Link("https://example.org/?a=1&b=\"2\"", List.of(new Inline.Text("good")))));
        String html = renderer.render(TestLetters.of(p));
        assertThat(html).doesNotContain("javascript").contains(">bad<a href=\"https://example.org/?a=1&amp;b=&quot;2"
                + "&quot;\"");
    }

    @Test
    void orderedListsKeepTheirStart() {
        Block.OrderedList list = new Block.OrderedList(4, List.of(new Block.ListItem(List.of(
                TestLetters.paragraph("four")))));
        assertThat(renderer.render(TestLetters.of(list))).contains("<ol start=\"4\"").contains(">four</p>\n</li>");
    }
}
