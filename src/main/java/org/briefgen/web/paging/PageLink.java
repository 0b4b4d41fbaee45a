package org.briefgen.web.paging;

/**
 * A link in a list's row of page numbers: page {@code number} at {@code href}, {@code current} for the page
 * shown; number 0 for a gap between them (written as an ellipsis).
 */
public record PageLink(int number, String href, boolean current) {

    /** Whether this stands for pages left out. */
    public boolean gap() {
        return number == 0;
    }
}
