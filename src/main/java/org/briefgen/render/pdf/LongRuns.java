package org.briefgen.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Very long runs of text cut into pieces of at most {@link #PIECE} characters, each after a space,
 * before they are given to iText. A paragraph naming 2,000 companies (a briefing's "Concerns: …" at
 * 20,000 recipients) is one run of 50,000 characters; iText lays a run out line by line, each line
 * a new renderer over the rest of the run, and every one of them is read whole again (by
 * {@link org.briefgen.render.pdf.typeset.LineBreaks}, which must know the run it is asked about):
 * time that grows with the square of the run's length, 7 s of such a briefing's 11 s of CPU. Cut
 * after spaces, where a line may break anyway, the lines fall where they fell (a run's last space
 * is a break, as it was inside the run). Runs up to {@link #LONG} characters, every run of a
 * letter in practice, are given whole, as before.
 */
final class LongRuns {

    /** A run longer than this is cut. */
    static final int LONG = 2_000;
    /** The longest piece a long run is cut into (unless a word is longer). */
    static final int PIECE = 1_000;

    private LongRuns() {
    }

    /** {@code parts}, those longer than {@link #LONG} characters cut after spaces; the list itself if none is. */
    static List<String> cut(List<String> parts) {
        // on every text of every letter: a plain loop, no stream made for the common answer
        boolean anyLong = false;
        for (String part : parts) {
            anyLong |= part.length() > LONG;
        }
        if (!anyLong) {
            return parts;
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.length() <= LONG) {
                out.add(part);
                continue;
            }
            int start = 0;
            while (part.length() - start > PIECE) {
                int cut = part.lastIndexOf(' ', start + PIECE - 1);
                if (cut < start) {
                    // a word longer than a piece: cut after it
                    cut = part.indexOf(' ', start + PIECE);
                    if (cut < 0) {
                        break;
                    }
                }
                out.add(part.substring(start, cut + 1));
                start = cut + 1;
            }
            if (start < part.length()) {
                out.add(part.substring(start));
            }
        }
        return out;
    }
}
