package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;

/**
 * A lead-in ("… states that:") stays on the page of the quotation or list it introduces, a heading
 * on the page of what it heads (through a heading under it, as the briefing's "Survey figures" over
 * each question's heading and chart), and no list's last item stands alone at a page's head,
 * wherever the page breaks (issue 26, part 3).
 */
class KeepWithNextTest {

    private static final PdfRenderer PDF = new PdfRenderer(TestLetters.style());
    private static final String CHART = "~~~chart\nkind: bar\ntitle: Zzchart\nunit: %\nbar: 60\tYes\n"
            + "bar: 30\tNo\nbar: 10\tPerhaps\n~~~";

    @Test
    void aLeadInIsNeverLeftAtThePagesFootWithoutWhatItIntroduces() {
        for (String introduced : List.of("> Quoted words of the vendor, in full.", "- The first point\n- The second")) {
            for (int fillers = 28; fillers <= 52; fillers++) {
                List<PageLines> lines = lines(fillers, "Cellebrite states that:\n\n" + introduced);
                int leadIn = page(lines, "states that:");
                int next = page(lines, introduced.startsWith(">") ? "Quoted words" : "The first point");
                assertThat(next).as("%d fillers before %s", fillers, introduced).isEqualTo(leadIn);
            }
        }
    }

    @Test
    void aHeadingStaysWithWhatItHeadsThroughAnotherHeadingOrALeadIn() {
        for (String headed : List.of("### How many said yes?\n\n" + CHART,
                "### What the vendor says\n\nCellebrite states that:\n\n> Quoted words of the vendor, in full.")) {
            for (int fillers = 28; fillers <= 52; fillers++) {
                List<PageLines> lines = lines(fillers, "## Zzsurvey figures\n\n" + headed);
                int heading = page(lines, "Zzsurvey figures");
                int last = page(lines, headed.contains("~~~chart") ? "Perhaps" : "Quoted words");
                assertThat(last).as("%d fillers before %s", fillers, headed).isEqualTo(heading);
            }
        }
    }

    @Test
    void theLastListItemNeverStandsAloneAtAPagesHead() {
        boolean split = false;
        for (int items = 3; items <= 6; items++) {
            StringBuilder list = new StringBuilder();
            for (int i = 1; i <= items; i++) {
                list.append("- Zzitem").append(i).append(" of the list, one line.\n");
            }
            for (int fillers = 24; fillers <= 32; fillers++) {
                List<PageLines> lines = lines(fillers, list.toString().strip());
                int first = page(lines, "Zzitem1");
                int last = page(lines, "Zzitem" + items);
                split |= first != last;
                assertThat(page(lines, "Zzitem" + (items - 1))).as("%d items after %d fillers: the last alone at "
                        + "the head", items, fillers).isEqualTo(last);
            }
        }
        assertThat(split).as("a list was split somewhere").isTrue();
    }

    /** A briefing of {@code fillers} one-line paragraphs, then {@code markdown}, then a paragraph. */
    private static List<PageLines> lines(int fillers, String markdown) {
        StringBuilder md = new StringBuilder("---\ntitle: Briefing\nlang: en-GB\n---\n\n");
        for (int i = 0; i < fillers; i++) {
            md.append("Filler paragraph ").append(i).append(".\n\n");
        }
        md.append(markdown).append("\n\nAfter.\n");
        Document d = new MarkdownReader().read(md.toString(), "briefing");
        return PageLines.of(PDF.render(d).bytes());
    }

    private static int page(List<PageLines> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(
                text)).page();
    }
}
