package org.briefgen.document.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefgen.document.Line;
import org.briefgen.template.MarkdownOutputFormat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A front matter value that holds no Markdown is read without the parser: the line must be
 * exactly the one the parser would give, for any value, escaped from data or written in a template.
 */
class PlainLineTest {

    private final FrontMatterReader frontMatter = new MarkdownReader().frontMatter();

    @Property(tries = 3000)
    void aValueTakenAsPlainTextIsWhatTheParserReads(@ForAll("lines") String value) {
        String text = value.strip();
        String plain = PlainLine.text(text);
        Statistics.collect(plain != null);
        Statistics.coverage(c -> c.check(true).percentage(p -> p > 10));
        if (plain != null && !text.isEmpty()) {
            assertThat(Line.of(plain)).isEqualTo(frontMatter.parsedLine(text));
        }
    }

    @Property(tries = 3000)
    void escapedDataTakenAsPlainTextIsWhatTheParserReads(@ForAll("lines") String raw) {
        String text = MarkdownOutputFormat.escape(raw).strip();
        String plain = PlainLine.text(text);
        Statistics.collect(plain != null);
        Statistics.coverage(c -> c.check(true).percentage(p -> p > 40));
        if (plain != null && !text.isEmpty()) {
            assertThat(Line.of(plain)).isEqualTo(frontMatter.parsedLine(text));
            assertThat(plain).isEqualTo(raw.strip());
        }
    }

    @Example
    void namesAndAddressesFromTheDataAreTakenAsPlainText() {
        for (String raw : new String[] {"Gänseblümchen S.r.l.", "Amazon UK Services Ltd.", "1 Principal Place",
                "Łukasiewicz Sp. z o.o.", "O’Brien & Partners (UK) plc", "株式会社 Example"}) {
            String text = MarkdownOutputFormat.escape(raw);
            if (Character.isLetter(raw.codePointAt(0))) {
                assertThat(PlainLine.text(text)).as(raw).isEqualTo(raw);
            }
        }
        assertThat(PlainLine.text("*ACME*")).isNull();
        assertThat(PlainLine.text("1. First")).isNull();
        assertThat(PlainLine.text("see [the report](https://example.org)")).isNull();
        assertThat(PlainLine.text("AT&amp;T")).isNull();
        assertThat(PlainLine.text("trailing \\")).isNull();
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> letters = Arbitraries.chars().range('a', 'z');
        Arbitrary<Character> beyond = Arbitraries.of('é', 'ß', 'Ł', '’', '–', '株', '\u00A0', '\u2003', '\u200D', 'א',
                '\uD83D', '\uDE00');
        Arbitrary<Character> markup = Arbitraries.of('\\', '*', '_', '`', '[', ']', '!', '<', '>', '&', '#', '|', '~',
                '^', '-', '+', '=', '.', ')', ':');
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, letters),
                net.jqwik.api.Tuple.of(3, ascii),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(' ')),
                net.jqwik.api.Tuple.of(2, markup),
                net.jqwik.api.Tuple.of(1, beyond))
                .list().ofMinSize(1).ofMaxSize(24)
                .map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }
}
