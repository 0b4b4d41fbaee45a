package org.briefgen.template;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;

/**
 * Freemarker's output format for Markdown: every interpolated value is escaped, so data prints as
 * the characters it holds and never as markup. A company called {@code **Evil** <b>x</b>} prints
 * exactly that, asterisks and angle brackets included.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }

    /**
     * Backslash-escapes every ASCII punctuation character (CommonMark makes each of them literal
     * that way) and turns line breaks and tabs into spaces: a value is inline text, and a line break
     * inside it could otherwise start a list, a heading or a new paragraph.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                sb.append(' ');
            } else if (c == 0) {
                sb.append('\uFFFD');
            } else if (c < 128 && isPunctuation(c)) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
