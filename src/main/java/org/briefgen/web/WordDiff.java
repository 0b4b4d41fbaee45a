package org.briefgen.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A word-level comparison of two texts (java-diff-utils' Myers diff over the words), as pieces the
 * Approve page shows: words kept, removed and added, in the new text's order.
 */
final class WordDiff {

    private WordDiff() {
    }

    /** Each piece as a map: {@code kind} ("same", "removed", "added") and {@code text}. */
    static List<Map<String, String>> of(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Map<String, String>> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int from = delta.getSource().getPosition();
            add(pieces, "same", old.subList(at, from));
            add(pieces, "removed", delta.getSource().getLines());
            add(pieces, "added", delta.getTarget().getLines());
            at = from + delta.getSource().size();
        }
        add(pieces, "same", old.subList(at, old.size()));
        return shortened(pieces);
    }

    /** Words kept around each change: a long stretch of unchanged words is cut to these either side. */
    static final int CONTEXT = 12;

    /** The pieces with each long unchanged stretch cut to {@link #CONTEXT} words next to the changes, "…" for the rest. */
    private static List<Map<String, String>> shortened(List<Map<String, String>> pieces) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Map<String, String> piece = pieces.get(i);
            List<String> words = Arrays.asList(piece.get("text").split(" "));
            if (!piece.get("kind").equals("same") || words.size() <= 2 * CONTEXT + 1) {
                out.add(piece);
                continue;
            }
            String head = i == 0 ? "" : String.join(" ", words.subList(0, CONTEXT)) + " ";
            String tail = i == pieces.size() - 1 ? "" : " " + String.join(" ", words.subList(words.size() - CONTEXT,
                    words.size()));
            out.add(Map.of("kind", "same", "text", head + "\u2026" + tail));
        }
        return out;
    }

    /** Whether the two texts have the same words. */
    static boolean same(String before, String after) {
        return words(before).equals(words(after));
    }

    private static void add(List<Map<String, String>> pieces, String kind, List<String> words) {
        if (!words.isEmpty()) {
            pieces.add(Map.of("kind", kind, "text", String.join(" ", words)));
        }
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }
}
