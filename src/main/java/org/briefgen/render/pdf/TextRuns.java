package org.briefgen.render.pdf;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;

/**
 * Text as iText can draw it: split into runs that each one font draws (the house font where it
 * has the glyphs, else the first fallback font that has them), and right-to-left text put in
 * visual order with Arabic letters in their joined forms, which iText's free core does not do.
 *
 * <p>In a left-to-right letter, each right-to-left run is laid out as one unbreakable word (its
 * spaces are no-break spaces), so that a line break never reverses the order of its words; its
 * logical text is kept as the run's actual text, which screen readers and text extraction use.
 * Names and short phrases in Arabic or Hebrew inside a letter are set correctly this way. A letter
 * in a right-to-left language takes its runs in logical order ({@link #logicalRuns}) and leaves
 * the reordering to {@link BidiParagraphRenderer}, line by line.
 *
 * <p>Scripts that need a shaping engine to be legible at all (the Indic scripts, Khmer, Myanmar,
 * Tibetan, Syriac…) are refused by {@link #problems}, never drawn wrongly.
 */
final class TextRuns {

    /** A piece of text in one font; {@code actualText} (the logical text) when it was reordered. */
    record Run(String text, FontPrograms.Choice font, String actualText) {
    }

    /** What keeps a text from being drawn: characters no font covers, characters needing a shaping engine. */
    record Problems(List<Integer> uncovered, List<Integer> unshapable) {
        boolean isEmpty() {
            return uncovered.isEmpty() && unshapable.isEmpty();
        }
    }

    private static final Set<UnicodeScript> NEEDS_SHAPING = EnumSet.of(UnicodeScript.DEVANAGARI,
            UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.KHMER,
            UnicodeScript.SYRIAC, UnicodeScript.NKO, UnicodeScript.MONGOLIAN, UnicodeScript.JAVANESE,
            UnicodeScript.BALINESE, UnicodeScript.THAANA);

    private final FontPrograms fonts;

    TextRuns(FontPrograms fonts) {
        this.fonts = fonts;
    }

    /** {@code text}, set in {@code family} and {@code face}, as runs in visual order. */
    List<Run> runs(String text, String family, FontPrograms.Face face) {
        if (simple(text, family, face)) {
            return List.of(new Run(text, new FontPrograms.Choice(family, face), null));
        }
        List<Run> runs = new ArrayList<>();
        for (Segment segment : segments(text)) {
            List<Run> pieces = byFont(segment.visual, family, face);
            for (int i = 0; i < pieces.size(); i++) {
                Run piece = pieces.get(i);
                // the first piece speaks for the whole reordered segment, the others for nothing
                String actual = segment.logical == null ? null : i == 0 ? segment.logical : "";
                runs.add(new Run(piece.text(), piece.font(), actual));
            }
        }
        return runs;
    }

    /**
     * {@code text} as runs of one font each, in logical order, nothing reversed or joined: for a
     * right-to-left paragraph, which {@link BidiLines} puts in visual order line by line.
     */
    List<Run> logicalRuns(String text, String family, FontPrograms.Face face) {
        if (simple(text, family, face)) {
            return List.of(new Run(text, new FontPrograms.Choice(family, face), null));
        }
        return byFont(text, family, face);
    }

    /** The characters of {@code text} that cannot be drawn in one or more of {@code faces}. */
    Problems problems(String text, List<FontPrograms.Choice> faces) {
        Set<Integer> uncovered = new LinkedHashSet<>();
        Set<Integer> unshapable = new LinkedHashSet<>();
        text.codePoints().filter(cp -> NEEDS_SHAPING.contains(UnicodeScript.of(cp))).forEach(unshapable::add);
        for (Segment segment : segments(text)) {
            segment.visual.codePoints().filter(cp -> !Character.isISOControl(cp) && !BidiLines.isControl(cp))
                    .filter(cp -> faces.stream().anyMatch(f -> fonts.choose(f.family(), f.face(), cp) == null))
                    .forEach(cp -> uncovered.add(logical(cp)));
        }
        uncovered.removeAll(unshapable);
        // in the order the user typed them, not the visual order they were checked in
        List<Integer> ordered = new ArrayList<>(uncovered);
        ordered.sort(java.util.Comparator.comparingInt(cp -> {
            int at = text.indexOf(cp);
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return new Problems(List.copyOf(ordered), List.copyOf(unshapable));
    }

    /** An Arabic presentation form as the letter it shapes, so that messages name what the user typed. */
    private static int logical(int cp) {
        if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            String base = java.text.Normalizer.normalize(new String(Character.toChars(cp)),
                    java.text.Normalizer.Form.NFKC);
            return base.isEmpty() ? cp : base.codePointAt(0);
        }
        return cp;
    }

    /** Whether the text is left-to-right and the house face draws all of it: the common case, kept cheap. */
    private boolean simple(String text, String family, FontPrograms.Face face) {
        return simple(text, fonts.bmp(family, face));
    }

    /**
     * Whether {@code text} is left-to-right, in the Basic Multilingual Plane, and has only characters
     * in {@code covered} (and control characters, which nothing draws).
     */
    static boolean simple(String text, java.util.BitSet covered) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                continue;
            }
            if (c >= 0x0590 && (c <= 0x08FF || (c >= 0xFB1D && c <= 0xFEFF) || Character.isSurrogate(c))) {
                return false;
            }
            if (!covered.get(c)) {
                return false;
            }
        }
        return true;
    }

    /** A stretch of text in visual order; {@code logical} is set when it was reordered. */
    private record Segment(String visual, String logical) {
    }

    /** The text in visual order: left-to-right stretches as they are, right-to-left ones reversed and shaped. */
    private static List<Segment> segments(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return List.of(new Segment(BidiLines.withoutControls(text), null));
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun run = bidi.getVisualRun(i);
            String logical = text.substring(run.getStart(), run.getLimit());
            if (run.isOddRun()) {
                String visual = BidiLines.visual(logical, (byte) 1).replace(' ', '\u00A0');
                segments.add(new Segment(visual, logical));
            } else {
                segments.add(new Segment(BidiLines.withoutControls(logical), null));
            }
        }
        return segments;
    }

    /**
     * Splits visual text into runs of one font: each character in the house font if it has it, else
     * in the first fallback font that has it; a space stays in the font of the run it is in (so the
     * words of an Arabic name are one run); a character no font has stays in the house face
     * (validation refuses it first).
     */
    private List<Run> byFont(String text, String family, FontPrograms.Face face) {
        List<Run> runs = new ArrayList<>();
        FontPrograms.Choice house = new FontPrograms.Choice(family, face);
        FontPrograms.Choice current = null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontPrograms.Choice font;
            if (current != null && (Character.isISOControl(cp) || (Character.isSpaceChar(cp)
                    && fonts.covers(current.family(), current.face(), cp)))) {
                font = current;
            } else {
                FontPrograms.Choice chosen = fonts.choose(family, face, cp);
                font = chosen != null ? chosen : current != null ? current : house;
            }
            if (!font.equals(current) && sb.length() > 0) {
                runs.add(new Run(sb.toString(), current, null));
                sb.setLength(0);
            }
            current = font;
            sb.appendCodePoint(cp);
        }
        if (sb.length() > 0) {
            runs.add(new Run(sb.toString(), current, null));
        }
        return runs;
    }
}
