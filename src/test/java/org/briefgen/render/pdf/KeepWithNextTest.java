package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;

/**
 * A lead-in ("… states that:") stays on the page of the quotation or list it introduces, wherever
 * the page breaks (issue 26, part 3).
 */
class KeepWithNextTest {

    private static final PdfRenderer PDF = new PdfRenderer(TestLetters.style());

    @Test
    void aLeadInIsNeverLeftAtThePagesFootWithoutWhatItIntroduces() {
        for (String introduced : List.of("> Quoted words of the vendor, in full.", "- The first point\n- The second")) {
            for (int fillers = 28; fillers <= 52; fillers++) {
                StringBuilder md = new StringBuilder("---\ntitle: Briefing\nlang: en-GB\n---\n\n");
                for (int i = 0; i < fillers; i++) {
                    md.append("Filler paragraph ").append(i).append(".\n\n");
                }
                md.append("Cellebrite states that:\n\n").append(introduced).append("\n\nAfter.\n");
                Document d = new MarkdownReader().read(md.toString(), "briefing");
                List<PageLines> lines = PageLines.of(PDF.render(d).bytes());
                int leadIn = page(lines, "states that:");
                int next = page(lines, introduced.startsWith(">") ? "Quoted words" : "The first point");
                assertThat(next).as("%d fillers before %s", fillers, introduced).isEqualTo(leadIn);
            }
        }
    }

    private static int page(List<PageLines> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst().orElseThrow(() -> new AssertionError(
                text)).page();
    }
}
