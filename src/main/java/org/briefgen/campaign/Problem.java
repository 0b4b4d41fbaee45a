package org.briefgen.campaign;

/**
 * One thing wrong with the input, and where: a file with line and column (0 when unknown), or for
 * a spreadsheet its sheet, row and column; and optionally a hint on how to fix it.
 */
public record Problem(String file, String sheet, int line, int column, String message, String hint) {

    /**
     * How a campaign holds its warnings ({@link CampaignData#warnings()}: one or more a recipient in a
     * large campaign): packed; the file, the sheet and the hint repeat from one to the next.
     */
    public static final PackedList.Codec<Problem> PACKING = new PackedList.Codec<>() {
        @Override
        public void write(Problem p, PackedFields.Out out) {
            out.word(p.file).word(p.sheet).integer(p.line).integer(p.column).text(p.message).word(p.hint);
        }

        @Override
        public Problem read(PackedFields.In in) {
            return new Problem(in.word(), in.word(), in.integer(), in.integer(), in.text(), in.word());
        }
    };

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, null, line, column, message, null);
    }

    /** A problem in cell (row, column) of a worksheet, both from 1; column 0 for the whole row. */
    public static Problem inSheet(String file, String sheet, int row, int column, String message) {
        return new Problem(file, sheet, row, column, message, null);
    }

    public Problem withHint(String newHint) {
        return new Problem(file, sheet, line, column, message, newHint);
    }

    /**
     * {@code data/recipients.csv:4:12: message (hint)}, the form editors and compilers use, or
     * {@code data/recipients.xlsx: Recipients!E4: message} for a spreadsheet.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) {
            sb.append(": ").append(sheet).append('!').append(column > 0 ? columnName(column) : "").append(line)
                    .append(": ").append(message);
            if (hint != null && !hint.isBlank()) {
                sb.append(" (").append(hint).append(')');
            }
            return sb.toString();
        }
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }

    /** 1 → A, 27 → AA, as spreadsheets name columns. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
