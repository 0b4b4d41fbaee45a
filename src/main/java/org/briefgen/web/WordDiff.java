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
        return pieces;
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
