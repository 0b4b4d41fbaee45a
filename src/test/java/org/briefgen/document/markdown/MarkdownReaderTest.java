package org.briefgen.document.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.Inline;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void frontMatterSetsTheLetterFrameAndMetadata() {
        Document doc = reader.read("""
                ---
                title: Letter to ACME
                reference: CE\\-2020\\-001
                created: 2020\\-01\\-07
                keywords:
                  - CE\\-2020\\-001
                letterhead:
                  - Privacy International
                  - 62 Britton Street
                date: 7 January 2020
                recipient:
                  - \\*\\*ACME\\*\\*
                  - via email: a@example.org
                salutation: Dear Sir/Madam,
                re: RE: **Subject**
                closing: Kind regards,
                signature:
                  - Camilla Graham Wood
                ---

                Body.
                """, "test");
        assertThat(doc.info().title()).isEqualTo("Letter to ACME");
        assertThat(doc.info().reference()).isEqualTo("CE-2020-001");
        assertThat(doc.info().keywords()).containsExactly("CE-2020-001");
        assertThat(doc.info().created()).isEqualTo(LocalDate.of(2020, 1, 7));
        assertThat(doc.info().language()).isEqualTo("en-GB");
        LetterFrame frame = doc.letterFrame().orElseThrow();
        assertThat(frame.letterhead()).extracting(Line::plainText)
                .containsExactly("Privacy International", "62 Britton Street");
        assertThat(frame.date()).isEqualTo("7 January 2020");
        assertThat(frame.recipient()).extracting(Line::plainText).containsExactly("**ACME**",
                "via email: a@example.org");
        assertThat(frame.subject().inlines()).hasSize(2);
        assertThat(frame.subject().inlines().get(1)).isInstanceOf(Inline.Strong.class);
        assertThat(frame.signature()).extracting(Line::plainText).containsExactly("Camilla Graham Wood");
        assertThat(doc.blocks()).containsExactly(new Block.Paragraph(List.of(new Inline.Text("Body."))));
    }

    @Test
    void aDocumentWithoutFrameKeysHasNoFrame() {
        assertThat(reader.read("# Briefing\n\nText.", "test").letterFrame()).isEmpty();
    }

    @Test
    void anUnknownFrontMatterKeyIsAnErrorNamingTheSource() {
        assertThatThrownBy(() -> reader.read("---\nsalutaton: Dear\n---\n\nx", "letter.md.ftl"))
                .isInstanceOf(DocumentSyntaxException.class)
                .hasMessageContaining("letter.md.ftl").hasMessageContaining("'salutaton'");
    }

    /** The date is read by a quick path for YYYY-MM-DD: it must refuse what the general parser refuses. */
    @Test
    void aCreatedDateThatIsNoDayIsAnErrorNamingTheSource() {
        for (String bad : new String[] {"2020-02-30", "2020-13-01", "2020-1-07", "20200107", "2020-01-0x"}) {
            assertThatThrownBy(() -> reader.read("---\ncreated: " + bad + "\n---\n\nx", "letter.md.ftl")).as(bad)
                    .isInstanceOf(DocumentSyntaxException.class).hasMessageContaining("letter.md.ftl")
                    .hasMessageContaining("must be a date as YYYY-MM-DD, found '" + bad + "'");
        }
        assertThat(reader.read("---\ncreated: 2024-02-29\n---\n\nx", "t").info().created())
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }
    @Test
    void footnotesAreNumberedInOrderOfFirstReference() {
        Document doc = reader.read("""
                First[^b] and second[^a], first again[^b].

                [^a]: Note A.
                [^b]: Note B.
                [^unused]: Never referenced.
                """, "test");
        Block.Paragraph p = (Block.Paragraph) doc.blocks().get(0);
        assertThat(p.inlines()).containsExactly(new Inline.Text("First"), new Inline.NoteRef(1),
                new Inline.Text(" and second"), new Inline.NoteRef(2), new Inline.Text(", first again"),
                new Inline.NoteRef(1), new Inline.Text("."));
        assertThat(doc.notes()).extracting(Note::number).containsExactly(1, 2);
        assertThat(doc.notes().get(0).blocks())
                .containsExactly(new Block.Paragraph(List.of(new Inline.Text("Note B."))));
    }

    @Test
    void listsQuotesHeadingsAndEmphasis() {
        Document doc = reader.read("""
                ## Summary

                - one *two* **three**
                - [link](https://example.org)

                3. third
                4. fourth

                > quoted
                """, "test");
        assertThat(doc.blocks()).hasSize(4);
        assertThat(doc.blocks().get(0)).isEqualTo(new Block.Heading(2, List.of(new Inline.Text("Summary"))));
        Block.BulletList bullets = (Block.BulletList) doc.blocks().get(1);
        assertThat(bullets.items()).hasSize(2);
        Block.Paragraph first = (Block.Paragraph) bullets.items().get(0).blocks().get(0);
        assertThat(first.inlines()).containsExactly(new Inline.Text("one "),
                new Inline.Emphasis(List.of(new Inline.Text("two"))), new Inline.Text(" "),
                new Inline.Strong(List.of(new Inline.Text("three"))));
        Block.Paragraph second = (Block.Paragraph) bullets.items().get(1).blocks().get(0);
        assertThat(second.inlines()).containsExactly(
                new Inline.Link("https://example.org", List.of(new Inline.Text("link"))));
        assertThat(((Block.OrderedList) doc.blocks().get(2)).start()).isEqualTo(3);
        assertThat(doc.blocks().get(3)).isInstanceOf(Block.BlockQuote.class);
    }

    @Test
    void tablesKeepHeaderRowsAndAlignment() {
        Document doc = reader.read("""
                | Option | Share |
                |:--|--:|
                | Yes | 55.7% |
                | No \\| maybe | 44.3% |
                """, "test");
        Block.Table table = (Block.Table) doc.blocks().get(0);
        assertThat(table.columns()).containsExactly(Block.Align.LEFT, Block.Align.RIGHT);
        assertThat(table.header()).hasSize(2);
        assertThat(Inline.plainText(table.rows().get(1).get(0))).isEqualTo("No | maybe");
    }

    @Test
    void chartBlocksRoundTrip() {
        Block.Chart chart = new Block.Chart("bar", "Do any of the apps use cloud storage?", "%",
                List.of(new Block.Chart.Bar("Yes", new BigDecimal("55.7")),
                        new Block.Chart.Bar("No or don't know | maybe", new BigDecimal("44.3"))),
                List.of("Yes (55.7%): derived"));
        Document doc = reader.read("Before.\n\n" + MarkdownReader.chartMarkdown(chart) + "\nAfter.", "test");
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(1)).isEqualTo(chart);
        assertThat(chart.altText()).isEqualTo(
                "Bar chart: Do any of the apps use cloud storage? Yes 55.7%, No or don't know | maybe 44.3%");
    }

    @Test
    void rawHtmlPrintsAsText() {
        Document doc = reader.read("Hello <b>world</b>\n\n<div>block</div>\n", "test");
        assertThat(Inline.plainText(((Block.Paragraph) doc.blocks().get(0)).inlines()))
                .isEqualTo("Hello <b>world</b>");
        assertThat(Inline.plainText(((Block.Paragraph) doc.blocks().get(1)).inlines())).isEqualTo("<div>block</div>");
    }
}
