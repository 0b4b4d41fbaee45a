package org.briefgen.template;

import java.util.regex.Pattern;

/**
 * A template's full stop after a value that already ends in one is not doubled: "Ñandú, S.L." then
 * "." prints "S.L.", as a typesetter would, not "S.L..". Read in the rendered Markdown, where a
 * value's own punctuation is escaped ({@code S\.L\.}) and the template's is not: a full stop right
 * after a value's full stop, question or exclamation mark is dropped, unless it starts an ellipsis.
 */
final class Punctuation {

    private static final Pattern DOUBLED = Pattern.compile("(?<=\\\\[.?!])\\.(?!\\.)");

    private Punctuation() {
    }

    /** {@code markdown} with each template full stop that doubles a value's own left out. */
    static String undoubled(String markdown) {
        return markdown.indexOf("\\.") < 0 && markdown.indexOf("\\!") < 0 && markdown.indexOf("\\?") < 0 ? markdown
                : DOUBLED.matcher(markdown).replaceAll("");
    }
}
