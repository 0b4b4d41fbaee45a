package org.briefgen.campaign;

/**
 * One thing wrong with the input, and where: a file with line and column (0 when unknown), and
 * optionally a hint on how to fix it.
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, line, column, message, null);
    }

    public Problem withHint(String newHint) {
        return new Problem(file, line, column, message, newHint);
    }

    /** {@code data/recipients.csv:4:12: message (hint)}, the form editors and compilers use. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
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
}
