package org.briefgen.render.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.TrueTypeFont;

/**
 * A TrueType (or OpenType) font program that remembers the subsets it has made. Every letter of a
 * run embeds a subset of each font it uses, and iText makes each one afresh from the font's
 * tables; the letterhead's and the charts' fonts draw the same characters in every letter, and
 * most letters' body text draws from a handful of character sets, so most subsets were made
 * before. A subset depends only on its glyphs, so a remembered one is the same bytes.
 *
 * <p>Shared by every thread of a run. At most {@link #BUDGET} bytes of subsets are kept, the first
 * ones made: a run's common sets come early, and beyond the budget a subset is made as before.
 */
final class SubsettingFont extends TrueTypeFont {

    /** Bytes of subsets kept per font: about 110 body-text subsets of a two-page letter. */
    static final long BUDGET = 4L << 20;

    private final ConcurrentHashMap<GlyphSet, Tuple2<Integer, byte[]>> subsets = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();
    private final long budget;

    SubsettingFont(byte[] ttf) throws IOException {
        this(ttf, BUDGET);
    }

    /** Keeping at most {@code budget} bytes of subsets. */
    SubsettingFont(byte[] ttf, long budget) throws IOException {
        super(ttf, false);
        this.budget = budget;
    }

    @Override
    public Tuple2<Integer, byte[]> subset(Set<Integer> glyphs, boolean subsetTables) {
        GlyphSet key = GlyphSet.of(glyphs, subsetTables);
        Tuple2<Integer, byte[]> subset = subsets.get(key);
        if (subset != null) {
            return subset;
        }
        subset = super.subset(glyphs, subsetTables);
        // iText copies the bytes into the PDF stream it makes; nothing writes to them
        int size = subset.getSecond().length;
        if (kept.addAndGet(size) <= budget) {
            subsets.putIfAbsent(key, subset);
        } else {
            kept.addAndGet(-size);
        }
        return subset;
    }

    /**
     * The Basic Multilingual Plane characters this font has a glyph for: those its character map names
     * (what {@code getGlyph} looks up), read from the map rather than asking for each of 65,536.
     */
    BitSet bmp() {
        BitSet bits = new BitSet(0x10000);
        unicodeToGlyph.forEach((unicode, glyph) -> {
            if (unicode >= 0 && unicode <= 0xFFFF && glyph != null) {
                bits.set(unicode);
            }
        });
        return bits;
    }

    /** How many subsets are remembered (for the tests). */
    int remembered() {
        return subsets.size();
    }

    /** The glyph ids of a subset, sorted, and whether its tables are subset too. */
    private static final class GlyphSet {
        private final int[] glyphs;
        private final boolean subsetTables;
        private final int hash;

        private GlyphSet(int[] glyphs, boolean subsetTables) {
            this.glyphs = glyphs;
            this.subsetTables = subsetTables;
            this.hash = 31 * Arrays.hashCode(glyphs) + Boolean.hashCode(subsetTables);
        }

        static GlyphSet of(Set<Integer> glyphs, boolean subsetTables) {
            int[] ids = new int[glyphs.size()];
            int i = 0;
            for (int glyph : glyphs) {
                ids[i++] = glyph;
            }
            Arrays.sort(ids);
            return new GlyphSet(ids, subsetTables);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GlyphSet set && set.subsetTables == subsetTables
                    && Arrays.equals(set.glyphs, glyphs);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
