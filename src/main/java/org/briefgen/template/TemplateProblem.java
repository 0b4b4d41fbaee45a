package org.briefgen.template;

/**
 * A template cannot be read or rendered. The message names the template file and line, and the
 * recipient whose letter was being made, if any.
 */
public final class TemplateProblem extends RuntimeException {

    private final String template;
    private final int line;

    public TemplateProblem(String template, int line, int column, String message) {
        super(template + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message);
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }
}
