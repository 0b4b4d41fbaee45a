package org.briefgen.campaign.load;

import java.util.List;

/**
 * One row of a table as read from a CSV file or a worksheet: its cells, its line (or row number),
 * and the column where each cell starts (characters for CSV, cell columns for a sheet; 0 unknown).
 */
record TableRow(int line, List<String> cells, int[] columns) {

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    int column(int index) {
        return index < columns.length ? columns[index] : 0;
    }
}
