package org.briefgen.publish;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in a reply written in HTML, SVG or XML (jsoup parses it as a browser would):
 * character references decoded ({@code &#64;}, {@code &commat;} are an {@code @}), inline tags
 * joining what they split ({@code jane<b>.doe</b>@example.org} is one address), block elements
 * and {@code <br>} ending lines, and what is never shown (scripts, styles, comments) left out. What
 * redaction must look at is what a reader would read; and the text, not the markup, is what is
 * published.
 */
final class MarkupText {

    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "object", "embed", "foreignobject");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr",
            "ul", "text", "tspan", "desc");

    private MarkupText() {
    }

    /** The text of an HTML document or fragment. */
    static String html(String html) {
        return text(Jsoup.parse(html));
    }

    /** The text of an XML document (an SVG drawing among them): its character data, element by element. */
    static String xml(String xml) {
        return text(Jsoup.parse(xml, "", Parser.xmlParser()));
    }

    private static String text(Document document) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !hidden(node)) {
                    sb.append(inPre(node) ? text.getWholeText() : text.text());
                } else if (node instanceof Element e && (BLOCKS.contains(name(e)) || name(e).equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(name(e))) {
                    sb.append('\n');
                }
            }
        }, document);
        return sb.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The element's name without its namespace prefix, in lower case ({@code svg:script} is a script). */
    private static String name(Element e) {
        String name = e.normalName();
        return name.substring(name.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean hidden(Node node) {
        for (Node at = node.parent(); at != null; at = at.parent()) {
            if (at instanceof Element e && HIDDEN.contains(name(e))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inPre(Node node) {
        for (Node at = node.parent(); at != null; at = at.parent()) {
            if (at instanceof Element e && name(e).equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
