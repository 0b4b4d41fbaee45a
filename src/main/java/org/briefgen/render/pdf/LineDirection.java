package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.briefgen.document.DataLine;

import com.ibm.icu.text.Bidi;

/**
 * The direction of a line whose text comes from data or the organisation (a letterhead's or an
 * address's lines, a name, a reference, a table's cell): its own, by its first strong character
 * (the Unicode Bidirectional Algorithm's rules P2 and P3, as HTML's {@code dir="auto"}), left to
 * right when it has none; and a number of several parts in it (a phone number, "+44 (0)20 3422 4321")
 * kept in its own order, as if isolated left to right. "62 Britton Street" in an Arabic letter reads
 * as written, not "Britton Street 62".
 */
final class LineDirection {

    /** Around a number of several parts ({@link DataLine#numbersBetween}): isolated left to right. */
    private static final String LRI = "\u2066";
    private static final String PDI = "\u2069";

    private LineDirection() {
    }

    /** The paragraph level ICU gives a text of such lines: each line's own, left to right by default. */
    static byte paragraphLevel() {
        return Bidi.LEVEL_DEFAULT_LTR;
    }

    /** The leaves, each number of several parts in them isolated left to right. */
    static List<String> isolateNumbers(List<String> leaves) {
        List<String> out = new ArrayList<>(leaves.size());
        for (String leaf : leaves) {
            out.add(isolateNumbers(leaf));
        }
        return out;
    }

    static String isolateNumbers(String text) {
        return DataLine.numbersBetween(text, LRI, PDI);
    }
}
