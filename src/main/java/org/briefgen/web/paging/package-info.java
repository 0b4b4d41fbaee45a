/**
 * Long lists of the workbench read a page at a time: which page, status and search a request asks for
 * ({@link org.briefgen.web.paging.PageRequest}, hostile parameters made harmless), and the page cut from the
 * matching rows with links that keep the filter ({@link org.briefgen.web.paging.Paged}). Knows no page and
 * nothing of briefgen's own.
 */
package org.briefgen.web.paging;
