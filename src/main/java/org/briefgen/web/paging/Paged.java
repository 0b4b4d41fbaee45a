package org.briefgen.web.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, for a page template: its {@code rows}, its number ({@code page}) of {@code pages},
 * how many rows match in all ({@code total}) and which of them it shows ({@code first} to {@code last},
 * from 1; 0 and 0 when none matches), the addresses of the pages before and after (empty at either end),
 * links to nearby pages, and the {@code request} that asked for it (its status and search, to fill the
 * filter's form again).
 */
public record Paged<T>(List<T> rows, int page, int pages, int total, int first, int last, String previous,
        String next, List<PageLink> links, PageRequest request) {

    public Paged {
        rows = List.copyOf(rows);
        links = List.copyOf(links);
    }

    /** The same page with each row as {@code view} shows it: only the rows shown are turned. */
    public <U> Paged<U> map(Function<? super T, ? extends U> view) {
        return new Paged<>(rows.stream().<U>map(view).toList(), page, pages, total, first, last, previous, next, links,
                request);
    }
}
