package org.briefgen.render.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a written HTML letter right to left: {@code dir="rtl"} on the document and its body (so
 * that the browser or mail client orders the words, puts list markers and the first table column
 * on the right), and every side named in its inline styles turned into a logical one
 * ({@code text-align:start}, {@code padding-inline-start}, {@code border-inline-start}…), so that
 * what is on the left of a left-to-right letter is on the right of this one.
 */
final class HtmlDirection {

    private static final Pattern STYLE = Pattern.compile("style=\"([^\"]*)\"");
    private static final Pattern BOX = Pattern
            .compile("(^|;)(padding|margin):([^;\\s]+) ([^;\\s]+) ([^;\\s]+) ([^;\\s]+)");

    private HtmlDirection() {
    }

    static String rightToLeft(String html) {
        String directed = html.replaceFirst("<html lang=\"", "<html dir=\"rtl\" lang=\"").replaceFirst("<body ",
                "<body dir=\"rtl\" ");
        Matcher styles = STYLE.matcher(directed);
        StringBuilder out = new StringBuilder(directed.length() + 1024);
        while (styles.find()) {
            styles.appendReplacement(out, Matcher.quoteReplacement("style=\"" + logical(styles.group(1)) + "\""));
        }
        styles.appendTail(out);
        return out.toString();
    }

    /** An inline style with its physical sides as logical ones (left is where a left-to-right line starts). */
    static String logical(String style) {
        String s = style.replace("text-align:left", "text-align:start").replace("text-align:right", "text-align:end")
                .replace("border-left:", "border-inline-start:").replace("border-right:", "border-inline-end:");
        Matcher box = BOX.matcher(s);
        StringBuilder out = new StringBuilder();
        while (box.find()) {
            String property = box.group(2);
            String top = box.group(3);
            String right = box.group(4);
            String bottom = box.group(5);
            String left = box.group(6);
            String replacement = left.equals(right) ? box.group(0)
                    : box.group(1) + property + "-block:" + top + " " + bottom + ";" + property + "-inline:" + left
                            + " "
                            + right;
            box.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        box.appendTail(out);
        return out.toString();
    }
}
