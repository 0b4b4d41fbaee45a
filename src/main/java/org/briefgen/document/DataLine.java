package org.briefgen.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line whose text comes from data or the organisation (a letterhead's or an address's line, a
 * name, a reference, a table's cell) takes its own direction, by its first strong character (the
 * Unicode Bidirectional Algorithm's rules P2 and P3, HTML's {@code dir="auto"}), whatever the
 * letter's; a number of several parts in it (a phone number) keeps its own order. For writers
 * whose readers order the words themselves (Word, a mail client): the line is given the mark of its
 * own direction first (U+200E or U+200F) when it differs from the letter's, and each such number
 * marks left to right on both sides, which every bidi implementation obeys and nobody sees.
 */
public final class DataLine {

    private static final String LRM = "\u200E";
    private static final String RLM = "\u200F";
    /** A number in several parts: digits with spaces, brackets, dots, hyphens or slashes between, or a leading +. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\(?\\d[\\d()./\\-\\u00A0 ]*[\\d)]");

    private DataLine() {
    }

    /** The direction of {@code text}'s first strong character; null when it has none. */
    public static TextDirection firstStrong(String text) {
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return TextDirection.LEFT_TO_RIGHT;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return TextDirection.RIGHT_TO_LEFT;
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Whether {@code text} holds any right-to-left letter. */
    public static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /**
     * {@code line}'s inlines as a reader that orders words itself needs them in a letter written
     * {@code letter}: unchanged in a left-to-right letter when the line holds no right-to-left letter
     * (so English letters are as they were), else marked as this class says.
     */
    public static List<Inline> marked(List<Inline> inlines, TextDirection letter) {
        String text = Inline.plainText(inlines);
        if (!letter.isRightToLeft() && !hasRightToLeft(text)) {
            return inlines;
        }
        TextDirection own = firstStrong(text);
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            out.add(inline instanceof Inline.Text t && (letter.isRightToLeft() || own == TextDirection.RIGHT_TO_LEFT)
                    ? new Inline.Text(numbersMarked(t.text())) : inline);
        }
        if (own == null ? letter.isRightToLeft() : own != letter) {
            // a line with no strong character (a phone number) reads left to right; the mark joins its first text
            String mark = own == TextDirection.RIGHT_TO_LEFT ? RLM : LRM;
            if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
                out.set(0, new Inline.Text(mark + t.text()));
            } else {
                out.add(0, new Inline.Text(mark));
            }
        }
        return out;
    }

    /** The lines, each {@link #marked}. */
    public static List<Line> markedLines(List<Line> lines, TextDirection letter) {
        return lines.stream().map(l -> new Line(marked(l.inlines(), letter))).toList();
    }

    private static String numbersMarked(String text) {
        return numbersBetween(text, LRM, LRM);
    }

    /**
     * {@code text} with each number of several parts in it (a telephone number, "+44 20 7946 0000") put
     * between {@code open} and {@code close}: direction marks that keep its parts in order in a line of the
     * other direction.
     */
    public static String numbersBetween(String text, String open, String close) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            String number = m.group();
            if (!number.startsWith("+") && number.chars().noneMatch(c -> c == ' ' || c == '\u00A0' || c == '(')) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + open.length() + close.length());
            }
            sb.append(text, last, m.start()).append(open).append(number).append(close);
            last = m.end();
        }
        return sb == null ? text : sb.append(text, last, text.length()).toString();
    }
}
