package org.briefgen.campaign;

import java.util.Map;

/**
 * A survey's words in another language, from its file's {@code translations: <tag>:} block: what
 * a letter in that language prints instead. Any of them may be null (not translated), and
 * {@code file} and {@code line} say where the block is, for warnings.
 */
public record SurveyTranslation(String language, String sampleUnit, String population, String mode,
        Map<String, QuestionText> questions, String file, int line) {

    public SurveyTranslation {
        questions = Map.copyOf(questions);
    }

    /** A question's words: its text, its note and its options' labels and notes by option id. */
    public record QuestionText(String text, String note, Map<String, OptionText> options) {
        public QuestionText {
            options = Map.copyOf(options);
        }
    }

    /** An option's label and, for a derived figure, its note. */
    public record OptionText(String label, String note) {
    }
}
