package org.briefgen.publish;

import org.briefgen.render.Markup;

/**
 * HTML text built by hand, safely: every value goes through {@link #escape}, so a company's name or
 * a reply's text can never become markup; the page frame (skip link, header, footer) is written once.
 */
final class Html {

    private final StringBuilder sb = new StringBuilder(8192);
    private final Labels labels;

    /** A page in the words and language of {@code labels}. */
    Html(Labels labels) {
        this.labels = labels;
    }

    /** {@code text} as HTML text or attribute value: {@code & < > " '} escaped. */
    static String escape(String text) {
        return text == null ? "" : Markup.escape(text, true, StringBuilder::append);
    }

    /** Appends markup written by briefgen itself (never data). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends {@code text}, escaped. */
    Html text(String text) {
        sb.append(escape(text));
        return this;
    }

    /** Appends {@code <tag>text</tag>}, the text escaped. */
    Html element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">\n");
    }

    /** Appends a link to {@code href} (a relative path briefgen made) saying {@code text}. */
    Html link(String href, String text) {
        return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
    }

    /** Appends a {@code <div><dt>…</dt><dd>…</dd></div>} pair of the facts list, the value escaped. */
    Html fact(String term, String value) {
        return raw("<div><dt>").text(term).raw("</dt><dd>").text(value).raw("</dd></div>\n");
    }

    /**
     * Opens a page: {@code root} is the way back to the publication's folder ("" or "../"), so every
     * link is relative and the folder works opened from a disk or served from anywhere.
     */
    Html open(String title, String organisation, String campaign, String root) {
        raw("<!DOCTYPE html>\n<html lang=\"").text(labels.language()).raw("\">\n<head>\n")
                .raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw("</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"").text(root + "style.css").raw("\">\n</head>\n<body>\n")
                .raw("<a class=\"skip\" href=\"#content\">").text(labels.get("site.skip")).raw("</a>\n")
                .raw("<header class=\"site\"><div class=\"wrap\"><p class=\"org\">").text(organisation)
                .raw("</p><p class=\"home\">").link(root + "index.html", campaign).raw("</p></div></header>\n")
                .raw("<main id=\"content\" class=\"wrap\" tabindex=\"-1\">\n");
        return this;
    }

    /** Closes a page opened by {@link #open}, with its footer. */
    Html close(String footer, String root) {
        raw("</main>\n<footer class=\"site\"><div class=\"wrap\"><p>").text(footer).raw("</p><p>")
                .link(root + "report.pdf", labels.get("site.report")).raw("</p></div></footer>\n</body>\n</html>\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
