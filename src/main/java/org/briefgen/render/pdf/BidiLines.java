package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Breaks a right-to-left paragraph into lines and puts each line in visual order, as the Unicode
 * Bidirectional Algorithm says: the levels are resolved over the whole paragraph in logical order,
 * the lines are broken (at spaces, by measured width) in logical order, and only then is each line
 * reordered, its right-to-left words reversed and their Arabic letters joined. iText's free core
 * does none of this (its bidi and shaping need the commercial pdfCalligraph).
 *
 * <p>The paragraph comes as leaves: pieces of text in one style (font, size, link), in logical
 * order. Each line comes back as pieces in visual order, left to right, each from one leaf, with
 * the line's logical text for screen readers and copying.
 */
final class BidiLines {

    /** The width of {@code visual} (text in visual order, as drawn) set in leaf {@code leaf}'s style. */
    interface Width {
        float of(int leaf, String visual);
    }

    /** A piece of a line as drawn: text of leaf {@code leaf}, in visual order. */
    record Piece(int leaf, String visual) {
    }

    /** A line in visual order, and its text in logical order (ending in a space where it broke at one). */
    record Line(List<Piece> pieces, String logical) {
    }

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK;

    /** A stretch of one leaf at one level: a word, the spaces between words, or a forced line break. */
    private record Atom(int leaf, String logical, byte level, Kind kind, String visual, float width) {
    }

    private enum Kind {
        WORD,
        SPACE,
        BREAK
    }

    private BidiLines() {
    }

    /** The lines of the leaves' texts, set in a right-to-left paragraph at most {@code width} wide. */
    static List<Line> lines(List<String> leaves, float width, Width measure) {
        return lines(leaves, width, measure, false);
    }

    /**
     * As {@link #lines(List, float, Width)}; {@code byLine}: each line (between forced breaks) in its
     * own direction, as {@link LineDirection} says, for lines whose text comes from data.
     */
    static List<Line> lines(List<String> leaves, float width, Width measure, boolean byLine) {
        List<Atom> atoms = byLine ? atoms(LineDirection.isolateNumbers(leaves), measure, LineDirection
                .paragraphLevel()) : atoms(leaves, measure, (byte) 1);
        List<Line> lines = new ArrayList<>();
        List<Atom> line = new ArrayList<>();
        List<Atom> spaces = new ArrayList<>();
        float used = 0;
        float spaceWidth = 0;
        int i = 0;
        while (i < atoms.size()) {
            Atom atom = atoms.get(i);
            if (atom.kind == Kind.BREAK) {
                lines.add(line(line, false));
                line = new ArrayList<>();
                spaces.clear();
                used = spaceWidth = 0;
                i++;
            } else if (atom.kind == Kind.SPACE) {
                if (!line.isEmpty()) {
                    spaces.add(atom);
                    spaceWidth += atom.width;
                }
                i++;
            } else {
                // a word: the atoms up to the next space or break, which no line may split
                int end = i;
                float wordWidth = 0;
                while (end < atoms.size() && atoms.get(end).kind == Kind.WORD) {
                    wordWidth += atoms.get(end).width;
                    end++;
                }
                if (!line.isEmpty() && used + spaceWidth + wordWidth > width) {
                    lines.add(line(line, true));
                    line = new ArrayList<>();
                    used = 0;
                } else {
                    line.addAll(spaces);
                    used += spaceWidth;
                }
                spaces.clear();
                spaceWidth = 0;
                line.addAll(atoms.subList(i, end));
                used += wordWidth;
                i = end;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line(line, false));
        }
        return lines;
    }

    /** One line: its atoms in visual order (rule L2), neighbours of one leaf and level joined. */
    private static Line line(List<Atom> atoms, boolean brokeAtSpace) {
        StringBuilder logical = new StringBuilder();
        byte[] levels = new byte[atoms.size()];
        for (int i = 0; i < atoms.size(); i++) {
            logical.append(atoms.get(i).logical);
            levels[i] = atoms.get(i).level;
        }
        if (brokeAtSpace) {
            logical.append(' ');
        }
        List<Piece> pieces = new ArrayList<>();
        if (!atoms.isEmpty()) {
            int[] order = Bidi.reorderVisual(levels);
            Atom previous = null;
            StringBuilder text = new StringBuilder();
            for (int index : order) {
                Atom atom = atoms.get(index);
                if (previous != null && previous.leaf != atom.leaf) {
                    piece(pieces, previous.leaf, text);
                }
                text.append(atom.visual);
                previous = atom;
            }
            piece(pieces, previous.leaf, text);
        }
        return new Line(pieces, logical.toString());
    }

    /** A piece of {@code text} unless it draws nothing (a bidi control alone), and {@code text} emptied. */
    private static void piece(List<Piece> pieces, int leaf, StringBuilder text) {
        if (text.length() > 0) {
            pieces.add(new Piece(leaf, text.toString()));
        }
        text.setLength(0);
    }

    /**
     * The leaves cut into atoms, with their levels resolved over the whole paragraph (right to left,
     * or for {@link Bidi#LEVEL_DEFAULT_LTR} each line between breaks by its own first strong character).
     */
    private static List<Atom> atoms(List<String> leaves, Width measure, byte paragraphLevel) {
        String text = String.join("", leaves);
        Bidi bidi = new Bidi();
        bidi.setPara(text, paragraphLevel, null);
        byte[] levels = bidi.getLevels();
        List<Atom> atoms = new ArrayList<>();
        int offset = 0;
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            String s = leaves.get(leaf);
            int start = 0;
            while (start < s.length()) {
                Kind kind = kind(s.charAt(start));
                int end = start + 1;
                if (kind != Kind.BREAK) {
                    while (end < s.length() && kind(s.charAt(end)) == kind
                            && levels[offset + end] == levels[offset + start]) {
                        end++;
                    }
                }
                String logical = s.substring(start, end);
                byte level = levels[offset + start];
                String visual = kind == Kind.BREAK ? "" : visual(logical, level);
                float width = kind == Kind.BREAK ? 0 : measure.of(leaf, visual);
                atoms.add(new Atom(leaf, logical, level, kind, visual, width));
                start = end;
            }
            offset += s.length();
        }
        return atoms;
    }

    private static Kind kind(char c) {
        if (c == '\n') {
            return Kind.BREAK;
        }
        return c == ' ' || c == '\t' ? Kind.SPACE : Kind.WORD;
    }

    /**
     * A word as drawn: Arabic letters in their joined forms, and reversed (brackets mirrored) at an
     * odd level, each vowel mark after its letter, where the font's anchors place it
     * ({@code typeset.MarksInPlace}). Hebrew points and other marks are left out: no anchors place
     * them, so they would stand beside their letters; the logical text keeps them.
     */
    static String visual(String logical, byte level) {
        String shaped = withoutMarks(withoutControls(logical));
        if (needsShaping(shaped)) {
            try {
                // a shaper per call: ICU does not promise that one may be shared between threads
                shaped = combining(new ArabicShaping(SHAPING).shape(shaped));
            } catch (ArabicShapingException e) {
                // unshaped letters are still the right letters
            }
        }
        return (level & 1) == 1 ? Bidi.writeReverse(shaped, Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING) : shaped;
    }

    /**
     * {@code shaped} with the spacing forms ICU gives the Arabic vowel marks (U+FE70 to U+FE7F, a
     * medial one drawn on a stroke of its own) back as the combining marks they stand for.
     */
    private static String combining(String shaped) {
        StringBuilder sb = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            // FE70/FE71 fathatan, FE72 dammatan, FE74 kasratan, FE76/77 fatha … FE7E/7F sukun
            sb.append(c >= 0xFE70 && c <= 0xFE7F && c != 0xFE73 && c != 0xFE75 ? (char) (0x064B + (c < 0xFE76
                    ? (c - 0xFE70) / 2 : (c - 0xFE76) / 2 + 3)) : c);
        }
        return sb.toString();
    }

    /** The text without its marks other than the Arabic vowels (U+064B to U+0652): Hebrew points, Quranic signs. */
    private static String withoutMarks(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c >= 0x0591 && c <= 0x08FF && Character.getType(c) == Character.NON_SPACING_MARK
                    && !(c >= 0x064B && c <= 0x0652);
            if (mark && sb == null) {
                sb = new StringBuilder(text.substring(0, i));
            } else if (!mark && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether {@code cp} steers the bidi algorithm (marks, embeddings, isolates): obeyed, never drawn. */
    static boolean isControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** {@code text} without its bidi controls. */
    static String withoutControls(String text) {
        return text.codePoints().anyMatch(BidiLines::isControl) ? text.codePoints()
                .filter(cp -> !isControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : text;
    }

    private static boolean needsShaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x08FF) {
                return true;
            }
        }
        return false;
    }
}
