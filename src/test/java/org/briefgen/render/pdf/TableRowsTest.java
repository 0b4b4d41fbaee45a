package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;

/**
 * A table's row is never split across pages, and its header is repeated on every page it spans
 * (issue 26, part 3): the tracker's "CE-2020-012-F1" never stands alone at the top of a page.
 */
class TableRowsTest {

    @Test
    void noRowIsSplitAcrossPagesAndTheHeaderIsRepeated() {
        StringBuilder md = new StringBuilder(
                "---\ntitle: Tracker\nlang: en-GB\n---\n\n| Reference | Status |\n|---|---|\n");
        for (int i = 1; i <= 45; i++) {
            md.append("| CE-2020-").append(String.format("%03d", i)).append("-F1 | start").append(i)
                    .append(" awaiting a response since the letter was sent, then chased once by e-mail and once by"
                            + " post, with no reply from the company's data protection officer at all end")
                    .append(i).append(" |\n");
        }
        Document d = new MarkdownReader().read(md.toString(), "tracker");
        List<PageLines> lines = PageLines.of(new PdfRenderer(TestLetters.style()).render(d).bytes());
        int pages = lines.stream().mapToInt(PageLines::page).max().orElseThrow();
        assertThat(pages).isGreaterThan(1);
        for (int i = 1; i <= 45; i++) {
            String ref = "CE-2020-" + String.format("%03d", i) + "-F1";
            int refPage = page(lines, ref);
            assertThat(page(lines, "start" + i + " ")).as(ref).isEqualTo(refPage);
            assertThat(page(lines, "end" + i)).as(ref).isEqualTo(refPage);
        }
        for (int p = 1; p <= pages; p++) {
            int page = p;
            assertThat(lines.stream().filter(l -> l.page() == page).anyMatch(l -> l.text().contains("Reference")))
                    .as("header on page %d", p).isTrue();
        }
    }

    private static int page(List<PageLines> lines, String text) {
        return lines.stream().filter(l -> (l.text() + " ").contains(text)).findFirst().orElseThrow(
                () -> new AssertionError(text)).page();
    }
}
