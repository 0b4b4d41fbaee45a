package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.briefgen.TestLetters;

import org.junit.jupiter.api.Test;

/**
 * Lines of a PDF break where ICU's rules allow (issue 26, part 3): a run of words joined by em
 * dashes, with no space, breaks at its dashes; iText's own split characters have none there, so its
 * lines were cut in the middle of a word at the margin.
 */
class IcuLineBreaksTest {

    @Test
    void wordsJoinedByEmDashesBreakAtADash() {
        String text = "cloud—extraction—".repeat(30) + "end";
        List<PageLines> lines = PageLines.of(new PdfRenderer(TestLetters.style()).render(TestLetters.of(TestLetters
                .paragraph(text))).bytes()).stream().filter(l -> l.text().contains("cloud") || l.text().contains(
                        "extraction"))
                .toList();
        assertThat(lines).hasSizeGreaterThan(2);
        for (PageLines line : lines.subList(0, lines.size() - 1)) {
            String words = line.text().strip();
            assertThat(words).as("a line of %s", lines).matches("(cloud|extraction).*(cloud|extraction)—?");
            assertThat(words.endsWith("—") || lines.get(lines.indexOf(line) + 1).text().strip().startsWith("—"))
                    .as("%s breaks at a dash", words).isTrue();
        }
    }
}
