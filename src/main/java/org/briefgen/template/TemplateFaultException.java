package org.briefgen.template;

import org.briefgen.failure.UserError;

/**
 * A template cannot be read or rendered. The message names the template file and line, what is
 * wrong, and the recipient whose letter was being made, if any.
 */
public final class TemplateFaultException extends UserError {

    private final String place;
    private final String problem;
    private final String recipient;

    public TemplateFaultException(String template, int line, int column, String problem) {
        this(template, line, column, problem, null);
    }

    TemplateFaultException(String template, int line, int column, String problem, String recipient) {
        super(place(template, line, column) + ": " + problem + (recipient == null ? "" : " " + recipient));
        this.place = place(template, line, column);
        this.problem = problem;
        this.recipient = recipient;
    }

    private static String place(String template, int line, int column) {
        return template + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /** The same fault in the same place: what one report can say once for many recipients. */
    public String placeAndProblem() {
        return place + ": " + problem;
    }

    /** "for recipient 'amazon-uk' (data/recipients.csv line 2)", or null. */
    public String recipient() {
        return recipient;
    }

    @Override
    public String outcome() {
        return "nothing was written.";
    }
}
