package org.briefgen.campaign;

import java.time.LocalDate;
import java.util.List;

/** A poll and its provenance: who ran it, on whom, when, how, and whether it was weighted. */
public record Survey(String id, String pollster, int sampleSize, String sampleUnit, String population,
        LocalDate fieldworkStart, LocalDate fieldworkEnd, String mode, boolean weighted, String sourceUrl,
        List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }
}
