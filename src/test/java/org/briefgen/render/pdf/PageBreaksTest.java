package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.briefgen.TestLetters;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.Inline;
import org.briefgen.render.HouseStyle;

import org.junit.jupiter.api.Test;

/**
 * Pages break as a typesetter breaks them. Each test moves a block down the first page a line at a
 * time (short paragraphs, then a spacer of one more line each time), so that every way the page can
 * break across it is tried, and checks the rule at each: it fails at some position without the rule.
 */
class PageBreaksTest {

    private static final HouseStyle STYLE = TestLetters.style();
    private static final PdfRenderer RENDERER = new PdfRenderer(STYLE);
    /** Enough positions to move a block across the page break a line at a time, from well above it. */
    private static final int FROM = 0;
    private static final int TO = 14;
    /** The short paragraphs above the spacer: some ten lines' room is left on the first page. */
    private static final int FILLER = 26;

    @Test
    void noParagraphLeavesOneLineAtThePagesFoot() {
        List<Map<Integer, Integer>> splits = positions(n -> document(n, paragraph("zz", 60)), "zz");
        assertThat(splits).allSatisfy(lines -> {
            if (lines.size() > 1) {
                assertThat(lines.values().iterator().next()).as("lines at the first page's foot " + lines)
                        .isGreaterThanOrEqualTo(2);
            }
        });
        assertThat(splits).as("the paragraph was split somewhere").anyMatch(lines -> lines.size() > 1);
    }

    @Test
    void noParagraphLeavesOneLineAtTheNextPagesHead() {
        List<Map<Integer, Integer>> splits = positions(n -> document(n, paragraph("zz", 60)), "zz");
        assertThat(splits).allSatisfy(lines -> {
            if (lines.size() > 1) {
                assertThat(new ArrayList<>(lines.values()).get(lines.size() - 1))
                        .as("lines at the next page's head " + lines).isGreaterThanOrEqualTo(2);
            }
        });
    }

    @Test
    void aShortParagraphIsNeverSplit() {
        // three lines cannot keep two at each side: the paragraph moves whole
        assertThat(positions(n -> document(n, paragraph("zz", 30)), "zz")).allSatisfy(lines -> assertThat(lines)
                .hasSize(1));
    }

    @Test
    void aQuotationIsNotSplitForOneLine() {
        Block quote = new Block.BlockQuote(List.of(paragraph("zz", 26)));
        assertThat(positions(n -> document(n, quote), "zz")).allSatisfy(lines -> assertThat(lines).hasSize(1));
    }

    @Test
    void aHeadingIsNeverLeftAloneAtAPagesFoot() {
        Block heading = new Block.Heading(2, List.of(new Inline.Text("Zzheading")));
        for (int n = FROM; n <= TO; n++) {
            List<PageLines> lines = PageLines.of(RENDERER.render(document(n, heading, paragraph("yy", 30))).bytes());
            int headingPage = page(lines, "Zzheading");
            assertThat(lines.stream().filter(l -> l.text().contains("yy")).findFirst().orElseThrow().page())
                    .as("position " + n).isEqualTo(headingPage);
        }
    }

    @Test
    void aChartStaysWithTheQuestionAskedAboveIt() {
        Block question = paragraph("qq", 30);
        Block chart = new Block.Chart("bar", "Zzchart", "%", List.of(new Block.Chart.Bar("Yes", BigDecimal.TEN),
                new Block.Chart.Bar("No", BigDecimal.ONE), new Block.Chart.Bar("Perhaps", BigDecimal.valueOf(2))),
                List.of());
        for (int n = FROM; n <= TO; n++) {
            List<PageLines> lines = PageLines.of(RENDERER.render(document(n, question, chart)).bytes());
            assertThat(page(lines, "Perhaps")).as("position " + n).isEqualTo(page(lines, "qq"));
            assertThat(lines.stream().filter(l -> l.text().contains("qq")).map(PageLines::page).distinct())
                    .hasSize(1);
        }
    }

    @Test
    void theClosingAndSignatureStayTogetherAndWithTheLastParagraph() {
        Document amazon = TestLetters.amazon();
        for (int n = FROM; n <= TO; n++) {
            List<Block> blocks = new ArrayList<>(filler(FILLER - 10, n));
            blocks.add(TestLetters.paragraph("We look forward to hearing from you."));
            Document letter = new Document(amazon.info(), amazon.frame(), blocks, List.of());
            List<PageLines> lines = PageLines.of(RENDERER.render(letter).bytes());
            int closing = page(lines, "Kind regards");
            assertThat(page(lines, "Camilla Graham Wood")).as("position " + n).isEqualTo(closing);
            assertThat(page(lines, "Privacy International", closing)).as("position " + n).isEqualTo(closing);
            assertThat(page(lines, "We look forward")).as("position " + n).isEqualTo(closing);
        }
    }

    /** For each position of the block, how many of its lines (holding {@code mark}) stand on each page. */
    private static List<Map<Integer, Integer>> positions(IntFunction<Document> documents, String mark) {
        List<Map<Integer, Integer>> out = new ArrayList<>();
        for (int n = FROM; n <= TO; n++) {
            Map<Integer, Integer> perPage = new TreeMap<>();
            for (PageLines line : PageLines.of(RENDERER.render(documents.apply(n)).bytes())) {
                if (line.text().contains(mark)) {
                    perPage.merge(line.page(), 1, Integer::sum);
                }
            }
            out.add(perPage);
        }
        return out;
    }

    private static int page(List<PageLines> lines, String text) {
        return page(lines, text, 0);
    }

    /** The page of the first line holding {@code text} from page {@code from} on. */
    private static int page(List<PageLines> lines, String text, int from) {
        return lines.stream().filter(l -> l.page() >= from && l.text().contains(text)).findFirst().orElseThrow()
                .page();
    }

    /** The filler and a spacer of {@code lines} lines, then {@code blocks}, then two more paragraphs. */
    private static Document document(int lines, Block... blocks) {
        List<Block> all = new ArrayList<>(filler(FILLER, lines));
        all.addAll(List.of(blocks));
        all.add(paragraph("after", 30));
        all.add(paragraph("after", 30));
        return TestLetters.of(all.toArray(Block[]::new));
    }

    /** {@code count} one-line paragraphs, then one of {@code lines} lines (none for 0). */
    private static List<Block> filler(int count, int lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(TestLetters.paragraph("A short paragraph, number " + (i + 1) + "."));
        }
        List<Inline> spacer = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                spacer.add(new Inline.LineBreak());
            }
            spacer.add(new Inline.Text("A spacer line."));
        }
        if (lines > 0) {
            blocks.add(new Block.Paragraph(spacer));
        }
        return blocks;
    }

    private static Block.Paragraph paragraph(String word, int words) {
        return TestLetters.paragraph(String.join(" ", Collections.nCopies(words, word + "word")));
    }
}
