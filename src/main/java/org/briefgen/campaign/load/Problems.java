package org.briefgen.campaign.load;

import java.util.ArrayList;
import java.util.List;

import org.briefgen.campaign.DataException;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.SkippedRow;

/** Collects problems while loading, so that all of them are reported at once. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private final List<SkippedRow> rows = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final boolean lenient;

    Problems() {
        this(false);
    }

    /** {@code lenient}: problems of single recipients' rows are kept apart, and their rows left out. */
    Problems(boolean lenient) {
        this.lenient = lenient;
    }

    /**
     * A problem confined to one recipient's row, whose id and company ({@code null} where the row has
     * none) it names: in a lenient load the row is left out, not the campaign.
     */
    void addRow(Problem problem, String recipientId, String company) {
        if (lenient) {
            rows.add(new SkippedRow(recipientId, company, problem));
        } else {
            list.add(problem);
        }
    }

    /** The row problems set aside by a lenient load. */
    List<SkippedRow> rows() {
        return List.copyOf(rows);
    }

    /** Something the user should know that does not stop the letters: an optional value missing, say. */
    void warn(Problem problem) {
        warnings.add(problem);
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    void add(Problem problem) {
        list.add(problem);
    }

    void add(String file, int line, int column, String message) {
        list.add(Problem.at(file, line, column, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws a {@link DataException} holding every problem collected so far, if any. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            // the rows a lenient load set aside are told too: every problem at once
            List<Problem> all = new ArrayList<>(list);
            rows.forEach(r -> all.add(r.problem()));
            throw new DataException(all);
        }
    }
}
