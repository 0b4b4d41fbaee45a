package org.briefgen.approval;

import java.util.List;

import org.briefgen.failure.UserError;

/** Issuing refused: the campaign requires an approval, and none covers these letters (each named with why). */
public final class NotApproved extends UserError {

    private final List<String> lines;

    public NotApproved(String campaign, List<String> lines) {
        super("campaign " + campaign + " requires approval (approval: required in campaign.yaml), and "
                + (lines.size() == 1 ? "1 letter is" : lines.size() + " letters are") + " not covered by one");
        this.lines = List.copyOf(lines);
    }

    @Override
    public List<String> messages() {
        List<String> all = new java.util.ArrayList<>();
        all.add(getMessage() + ":");
        lines.forEach(l -> all.add("  " + l));
        return all;
    }

    @Override
    public String outcome() {
        return "nothing was issued: an approver reviews the letters (briefgen approve, or the workbench's Approve page)"
                + " and another officer issues them.";
    }
}
