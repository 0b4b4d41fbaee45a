package org.briefgen.campaign;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while loading, so that all of them are reported at once. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

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
