package org.briefgen.campaign;

import java.util.List;

/** A survey question with its answer options; {@code multiple} when respondents could pick several. */
public record Question(String id, String text, boolean multiple, List<SurveyOption> options, String note) {

    public Question {
        options = List.copyOf(options);
    }
}
