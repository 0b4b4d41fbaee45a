package org.briefgen.campaign;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while loading, so that all of them are reported at once. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();
    private final List<Problem> rows = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final boolean lenient;

    Problems() {
        this(false);
    }

    /** {@code lenient}: problems of single recipients' rows are kept apart, and their rows left out. */
    Problems(boolean lenient) {
        this.lenient = lenient;
    }

    /** A problem confined to one recipient's row: in a lenient load the row is left out, not the campaign. */
    void addRow(Problem problem) {
        (lenient ? rows : list).add(problem);
    }

    /** The row problems set aside by a lenient load. */
    List<Problem> rows() {
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
            throw new DataException(list);
        }
    }
}
