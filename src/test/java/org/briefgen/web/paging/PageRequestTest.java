package org.briefgen.web.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The page, status and search a request asks for, read as hostile; the links that keep them. */
class PageRequestTest {

    private static final Set<String> STATUSES = Set.of("responded", "overdue");
    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 250).boxed().toList();

    private static PageRequest asked(String... pairs) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return PageRequest.of(parameters, STATUSES);
    }

    @Test
    void aPageThatIsNotANumberIsTheFirstAndOnePastTheEndIsTheLast() {
        for (String page : List.of("", "abc", "-3", "0", "1e9", "99999999999999999999", "２", " 2", "2;drop")) {
            assertThat(asked("page", page).slice(ROWS, "/").page()).as(page).isEqualTo(1);
        }
        Paged<Integer> last = asked("page", "999999999").slice(ROWS, "/");
        assertThat(last.page()).isEqualTo(3);
        assertThat(last.rows()).containsExactlyElementsOf(ROWS.subList(200, 250));
        assertThat(last.first()).isEqualTo(201);
        assertThat(last.last()).isEqualTo(250);
        assertThat(last.next()).isEmpty();
        assertThat(last.previous()).isEqualTo("/?page=2");
        // the first value of a repeated parameter counts
        assertThat(asked("page", "2", "page", "3").slice(ROWS, "/").page()).isEqualTo(2);
    }

    @Test
    void aStatusThePageDoesNotOfferIsNone() {
        assertThat(asked("status", "responded").status()).isEqualTo("responded");
        for (String status : List.of("Responded", "responded ", "<script>", "../x", "")) {
            assertThat(asked("status", status).status()).as(status).isEmpty();
        }
    }

    @Test
    void theSearchLosesControlCharactersAndIsCutAndEveryLinkKeepsItEncoded() {
        PageRequest hostile = asked("q", "  a\u0000b\r\nc\u202e\"><script>" + "x".repeat(500), "status", "overdue");
        assertThat(hostile.query()).doesNotContain("\u0000", "\r", "\n", "\u202e").startsWith("a b  c \"><script>")
                .hasSize(PageRequest.LONGEST);
        Paged<Integer> page = hostile.slice(ROWS.stream().filter(n -> hostile.matches("overdue", "row " + n)).toList(),
                "/tracker");
        assertThat(page.total()).isZero();
        assertThat(page.first()).isZero();
        assertThat(page.links()).singleElement().satisfies(link -> assertThat(link.href()).startsWith(
                "/tracker?page=1&status=overdue&q=a+b++c+%22%3E%3Cscript%3Ex"));
    }

    @Test
    void rowsMatchTheirStatusAndAnyOfTheirTextsWhateverTheCase() {
        PageRequest asked = asked("q", "NORTH", "status", "responded");
        assertThat(asked.matches("responded", "CE-1", "Northwind Home")).isTrue();
        assertThat(asked.matches("overdue", "CE-1", "Northwind Home")).isFalse();
        assertThat(asked.matches("responded", "CE-1", null, "Amazon")).isFalse();
        assertThat(asked.filtered()).isTrue();
        assertThat(asked().filtered()).isFalse();
        assertThat(asked().matches("any", "text")).isTrue();
    }

    @Test
    void theLinksShowTheEndsAndTwoPagesEitherSideWithGapsBetween() {
        List<Integer> many = IntStream.rangeClosed(1, 20_000).boxed().toList();
        Paged<Integer> middle = asked("page", "100", "q", "").slice(many, "/");
        assertThat(middle.pages()).isEqualTo(200);
        assertThat(middle.links().stream().map(l -> l.gap() ? "…" : (l.current() ? "[" + l.number() + "]" : ""
                + l.number())).toList()).containsExactly("1", "…", "98", "99", "[100]", "101", "102", "…", "200");
        assertThat(middle.map(n -> n * 2).rows()).hasSize(100).first().isEqualTo(19_802);
        assertThat(asked().slice(List.of(), "/").links()).singleElement().satisfies(l -> assertThat(l.current())
                .isTrue());
    }
}
