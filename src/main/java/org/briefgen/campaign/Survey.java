package org.briefgen.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A poll and its provenance: who ran it, on whom, when, how, and whether it was weighted; its words
 * in other languages by language tag.
 */
public record Survey(String id, String pollster, int sampleSize, String sampleUnit, String population,
        LocalDate fieldworkStart, LocalDate fieldworkEnd, String mode, boolean weighted, String sourceUrl,
        List<Question> questions, Map<String, SurveyTranslation> translations) {

    public Survey {
        questions = List.copyOf(questions);
        translations = Map.copyOf(translations);
    }

    /** A survey with no translations. */
    public Survey(String id, String pollster, int sampleSize, String sampleUnit, String population,
            LocalDate fieldworkStart, LocalDate fieldworkEnd, String mode, boolean weighted, String sourceUrl,
            List<Question> questions) {
        this(id, pollster, sampleSize, sampleUnit, population, fieldworkStart, fieldworkEnd, mode, weighted,
                sourceUrl, questions, Map.of());
    }
}
