package org.briefgen.archive.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to export: a name (the worksheet's), column names, and rows of cells; a cell is a
 * String, a number, a {@link java.time.LocalDate} or null.
 */
public record Sheet(String name, List<String> columns, List<List<Object>> rows) {

    public Sheet {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(Collections.unmodifiableList(new ArrayList<>(r))));
        rows = Collections.unmodifiableList(copy);
    }
}
