package org.briefgen.template;

/**
 * A template's full stop after a value that already ends in one is not doubled: "Ñandú, S.L." then
 * "." prints "S.L.", as a typesetter would, not "S.L..". Read in the rendered Markdown, where a
 * value's own punctuation is escaped ({@code S\.L\.}) and the template's is not: a full stop right
 * after a value's full stop, question or exclamation mark is dropped, unless it starts an ellipsis.
 */
final class Punctuation {

    private Punctuation() {
    }

    /**
     * {@code markdown} with each template full stop that doubles a value's own left out: a full stop
     * after a backslash and a full stop, question or exclamation mark, not followed by another. One
     * pass over the text: the pattern it replaces ({@code (?<=\\[.?!])\.(?!\.)}, kept by
     * {@code PunctuationTest}), its look-behind tried at every character of every letter, was nearly a
     * fifth of rendering a template.
     */
    static String undoubled(String markdown) {
        StringBuilder out = null;
        int kept = 0;
        int n = markdown.length();
        for (int i = markdown.indexOf('.', 2); i >= 0; i = markdown.indexOf('.', i + 1)) {
            char before = markdown.charAt(i - 1);
            if (markdown.charAt(i - 2) == '\\' && (before == '.' || before == '?' || before == '!')
                    && (i + 1 == n || markdown.charAt(i + 1) != '.')) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(markdown, kept, i);
                kept = i + 1;
            }
        }
        return out == null ? markdown : out.append(markdown, kept, n).toString();
    }
}
