package org.briefgen.batch;

import java.util.List;

/** The campaign cannot be issued as it stands: every problem, each naming its place. Nothing was written. */
public final class InvalidCampaignException extends RuntimeException {

    private final List<String> problems;

    public InvalidCampaignException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
