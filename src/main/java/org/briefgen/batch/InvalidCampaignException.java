package org.briefgen.batch;

import java.util.List;

import org.briefgen.failure.UserError;

/** The campaign cannot be issued as it stands: every problem, each naming its place. Nothing was written. */
public final class InvalidCampaignException extends UserError {

    private final List<String> problems;

    public InvalidCampaignException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public List<String> messages() {
        return problems;
    }

    @Override
    public String outcome() {
        return count(problems.size()) + " in the letters; nothing was written.";
    }
}
