package org.briefgen.web.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which page of a long list a request asks for, and how it narrows the list: {@code ?page=N} (from 1),
 * {@code status=KEY} (one of the statuses the page offers) and {@code q=TEXT} (words searched for in each
 * row). The parameters are hostile: a page that is not a number counts as the first and one past the end
 * as the last; a status the page does not offer, as none; the search loses its control characters and is
 * cut at {@value #LONGEST} characters. Every link it writes keeps the filter, encoded.
 */
public record PageRequest(int page, String status, String query) {

    /** Rows on a page: a campaign of 20,000 recipients is 200 pages of a few tens of kilobytes each. */
    public static final int SIZE = 100;

    /** The longest search kept, in characters. */
    public static final int LONGEST = 100;

    public PageRequest {
        page = Math.max(1, page);
        status = status == null ? "" : status;
        query = query == null ? "" : query;
    }

    /**
     * The request's page, status and search, read from its query parameters (the first value of each);
     * {@code statuses} are those the page offers.
     */
    public static PageRequest of(Map<String, List<String>> parameters, Set<String> statuses) {
        String status = first(parameters, "status");
        return new PageRequest(number(first(parameters, "page")), statuses.contains(status) ? status : "", clean(
                first(parameters, "q")));
    }

    /** Whether a row of {@code statusKey}, whose texts are {@code texts}, is among those asked for. */
    public boolean matches(String statusKey, String... texts) {
        if (!status.isEmpty() && !status.equals(statusKey)) {
            return false;
        }
        if (query.isEmpty()) {
            return true;
        }
        String wanted = query.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the list is narrowed by a status or a search. */
    public boolean filtered() {
        return !status.isEmpty() || !query.isEmpty();
    }

    /** The page asked for of {@code matching} (the rows that match, in order), with links to the others at {@code path}. */
    public <T> Paged<T> slice(List<T> matching, String path) {
        int total = matching.size();
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        int current = Math.min(page, pages);
        int from = (current - 1) * SIZE;
        int to = Math.min(total, from + SIZE);
        List<PageLink> links = new ArrayList<>();
        int shown = 0;
        for (int n = 1; n <= pages; n++) {
            // the first, the last and two either side of this one; a gap stands for the rest
            if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
                if (n > shown + 1) {
                    links.add(new PageLink(0, "", false));
                }
                links.add(new PageLink(n, href(path, n), n == current));
                shown = n;
            }
        }
        return new Paged<>(List.copyOf(matching.subList(from, to)), current, pages, total, total == 0 ? 0 : from + 1,
                to, current > 1 ? href(path, current - 1) : "", current < pages ? href(path, current + 1) : "",
                links, this);
    }

    /** The address of page {@code n} at {@code path}, keeping the status and the search. */
    public String href(String path, int n) {
        StringBuilder href = new StringBuilder(path).append("?page=").append(n);
        if (!status.isEmpty()) {
            href.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (!query.isEmpty()) {
            href.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static int number(String text) {
        if (!text.matches("[0-9]{1,9}")) {
            return 1;
        }
        return Integer.parseInt(text);
    }

    /** The search without control characters or surrounding space, at most {@value #LONGEST} characters. */
    private static String clean(String text) {
        String kept = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").strip();
        if (kept.codePointCount(0, kept.length()) > LONGEST) {
            kept = kept.substring(0, kept.offsetByCodePoints(0, LONGEST)).strip();
        }
        return kept;
    }
}
