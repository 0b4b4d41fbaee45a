package org.briefgen.render.pdf.typeset;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 * One instance per layout: it keeps the breaks of the last few runs, and is not for several threads.
 * iText hands each line's rest of a run over as a new {@link GlyphLine} over the same glyphs, so the
 * breaks are kept by the glyphs (the same glyph objects, in the same places) and not only by the
 * line: a paragraph's breaks are found once, not once for each of its lines.
 */
public final class LineBreaks implements ISplitCharacters {

    private static final ISplitCharacters AT_RUN_END = new DefaultSplitCharacters();
    /** Runs whose breaks are kept: a line's runs, and those iText looks back at. */
    private static final int KEPT = 8;
    /**
     * The breaks found so far in any layout, by the run's text, its glyphs' ends and the language
     * (read, never changed): letters of one campaign share most of their text, and each layout of a
     * letter (the planner makes two or more) shares all of it. Emptied when it reaches its bound.
     */
    private static final Map<Run, BitSet> FOUND = new ConcurrentHashMap<>();
    private static final int FOUND_AT_MOST = 2048;
    private static final AtomicInteger FOUND_COUNT = new AtomicInteger();
    /** The locales of the languages asked for so far (every layout of a letter asks), at most 256. */
    private static final Map<String, ULocale> LOCALES = new ConcurrentHashMap<>();

    private final ULocale locale;
    /** The iterators made so far, by their locale ("" for the document's). */
    private final Map<String, BreakIterator> iterators = new HashMap<>();
    /** The runs whose breaks are known, the latest first to be replaced after the oldest. */
    private final Known[] known = new Known[KEPT];
    private int next;
    /** The run asked about last. */
    private Known last;

    /** A run's text, where each of its glyphs ends in it, and the document's language. */
    private static final class Run {
        private final ULocale locale;
        private final String text;
        private final int[] ends;
        private final int hash;

        Run(ULocale locale, String text, int[] ends) {
            this.locale = locale;
            this.text = text;
            this.ends = ends;
            this.hash = (locale.hashCode() * 31 + text.hashCode()) * 31 + Arrays.hashCode(ends);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && r.hash == hash && r.text.equals(text) && Arrays.equals(r.ends, ends)
                    && r.locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The breaks of a run, with its glyphs as they were and the line that last carried them. */
    private static final class Known {
        private final Glyph[] glyphs;
        private final BitSet breaks;
        private GlyphLine line;

        Known(Glyph[] glyphs, BitSet breaks, GlyphLine line) {
            this.glyphs = glyphs;
            this.breaks = breaks;
            this.line = line;
        }

        /** Whether {@code text} holds these glyphs, each the same object in the same place. */
        boolean holds(GlyphLine text) {
            if (text.size() != glyphs.length) {
                return false;
            }
            for (int i = 0; i < glyphs.length; i++) {
                if (text.get(i) != glyphs[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private LineBreaks(ULocale locale) {
        this.locale = locale;
    }

    /** The breaks of a document in {@code language} (a BCP 47 tag such as {@code en-GB} or {@code ja}). */
    public static LineBreaks of(String language) {
        ULocale locale = LOCALES.get(language);
        if (locale == null) {
            locale = ULocale.forLanguageTag(language);
            if (LOCALES.size() < 256) {
                LOCALES.put(language, locale);
            }
        }
        return new LineBreaks(locale);
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
        if (last != null && text == last.line && text.size() == last.glyphs.length) {
            return last.breaks;
        }
        for (Known run : known) {
            if (run != null && run.holds(text)) {
                run.line = text;
                last = run;
                return run.breaks;
            }
        }
        Glyph[] glyphs = new Glyph[text.size()];
        BitSet out = find(text, glyphs);
        last = new Known(glyphs, out, text);
        known[next] = last;
        next = (next + 1) % KEPT;
        return out;
    }

    /** The breaks of {@code text}, found by ICU; its glyphs are put in {@code glyphs}. */
    private BitSet find(GlyphLine text, Glyph[] glyphs) {
        StringBuilder chars = new StringBuilder();
        int[] ends = new int[text.size()];
        for (int i = 0; i < text.size(); i++) {
            Glyph g = text.get(i);
            glyphs[i] = g;
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
        Run run = new Run(locale, string, ends);
        BitSet found = FOUND.get(run);
        if (found != null) {
            return found;
        }
        if (FOUND_COUNT.incrementAndGet() > FOUND_AT_MOST) {
            // ConcurrentHashMap.size() sums its counters: counted here instead
            FOUND_COUNT.set(0);
            FOUND.clear();
        }
        found = icu(string, ends);
        FOUND.put(run, found);
        return found;
    }

    /** The breaks ICU finds in {@code string} after each of {@code ends}, as glyph numbers. */
    private BitSet icu(String string, int[] ends) {
        BreakIterator iterator = iterator(string);
        iterator.setText(string);
        BitSet out = new BitSet(ends.length);
        for (int i = 0; i < ends.length; i++) {
            if (iterator.isBoundary(ends[i])) {
                out.set(i);
            }
        }
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
