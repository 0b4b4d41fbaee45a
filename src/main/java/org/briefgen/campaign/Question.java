package org.briefgen.campaign;

import java.util.List;

/**
 * A survey question with its answer options; {@code multiple} when respondents could pick several;
 * {@code base} the unweighted number who answered it, or null when not given.
 */
public record Question(String id, String text, boolean multiple, List<SurveyOption> options, String note,
        Integer base) {

    public Question {
        options = List.copyOf(options);
    }
}
