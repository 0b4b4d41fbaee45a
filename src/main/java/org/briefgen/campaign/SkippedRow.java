package org.briefgen.campaign;

/**
 * A recipient's row that a lenient load left out, and why: the recipient's id and company as its
 * row gives them (null where the row has none), so that a report can name whose letter was not made.
 */
public record SkippedRow(String recipientId, String company, Problem problem) {

    @Override
    public String toString() {
        return problem.toString();
    }
}
