package org.briefgen.render.pdf.typeset;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break: where ICU's line-break rules (Unicode's UAX #14, with the language's
 * tailoring) allow, rather than at iText's own list of characters. No break between a number and
 * its '%', before a closing bracket or quotation mark or after an opening one; a break after an em
 * dash or a URL's '/'; Japanese by phrases ({@code lw=phrase}: a company's name is not cut between
 * two kanji, nor before a small kana or '。'), Korean between words, Thai between its words by
 * dictionary. One rule more: never after a hyphen before a capital ({@code CE-2020-002-F1}), so a
 * reference is never split over two lines (ICU already keeps a hyphen with the digit after it).
 *
 * <p>iText asks about one text run at a time; a run's last character has no context, so there the
 * break is iText's own decision (a space or a hyphen breaks, a letter before the next run does not).
 * One instance per layout: it keeps the last run's breaks, and is not for several threads.
 */
public final class LineBreaks implements ISplitCharacters {

    private static final ISplitCharacters AT_RUN_END = new DefaultSplitCharacters();

    private final ULocale locale;
    /** The iterators made so far, by their locale ("" for the document's). */
    private final Map<String, BreakIterator> iterators = new HashMap<>();
    private GlyphLine last;
    private int lastSize;
    private BitSet lastBreaks;

    private LineBreaks(ULocale locale) {
        this.locale = locale;
    }

    /** The breaks of a document in {@code language} (a BCP 47 tag such as {@code en-GB} or {@code ja}). */
    public static LineBreaks of(String language) {
        return new LineBreaks(ULocale.forLanguageTag(language));
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        Glyph glyph = text.get(glyphPos);
        if (!glyph.hasValidUnicode() && glyph.getChars() == null) {
            return false;
        }
        int code = glyph.getUnicode();
        if (code == '\n' || code == '\r') {
            return true;
        }
        if (glyphPos + 1 >= text.size()) {
            return AT_RUN_END.isSplitCharacter(text, glyphPos);
        }
        if (code == '-' && Character.isUpperCase(text.get(glyphPos + 1).getUnicode())) {
            return false;
        }
        return breaks(text).get(glyphPos);
    }

    /** After which glyphs of {@code text} (all of it, whatever its start and end) a line may break. */
    private BitSet breaks(GlyphLine text) {
        if (text == last && text.size() == lastSize) {
            return lastBreaks;
        }
        StringBuilder chars = new StringBuilder();
        int[] ends = new int[text.size()];
        for (int i = 0; i < text.size(); i++) {
            Glyph g = text.get(i);
            if (g.getChars() != null && g.getChars().length > 0) {
                chars.append(g.getChars());
            } else if (g.hasValidUnicode()) {
                chars.appendCodePoint(g.getUnicode());
            } else {
                // a glyph with no text (a mark drawn on its own): an object in the text, as ICU sees it
                chars.append('\uFFFC');
            }
            ends[i] = chars.length();
        }
        String string = chars.toString();
        BreakIterator iterator = iterator(string);
        iterator.setText(string);
        BitSet out = new BitSet(text.size());
        for (int i = 0; i < ends.length; i++) {
            if (iterator.isBoundary(ends[i])) {
                out.set(i);
            }
        }
        last = text;
        lastSize = text.size();
        lastBreaks = out;
        return out;
    }

    /** Japanese and Korean (by their kana and hangul, in any document) break by phrases; the rest by the document's language. */
    private BreakIterator iterator(String text) {
        String phrased = phrased(text);
        return iterators.computeIfAbsent(phrased == null ? "" : phrased,
                key -> BreakIterator.getLineInstance(key.isEmpty() ? locale : new ULocale(key)));
    }

    private String phrased(String text) {
        boolean kana = false;
        boolean hangul = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            hangul |= script == Character.UnicodeScript.HANGUL;
            i += Character.charCount(cp);
        }
        String language = locale.getLanguage();
        if (kana || "ja".equals(language) && text.codePoints().anyMatch(c -> Character.UnicodeScript
                .of(c) == Character.UnicodeScript.HAN)) {
            return "ja@lb=strict;lw=phrase";
        }
        return hangul ? "ko@lw=phrase" : null;
    }
}
