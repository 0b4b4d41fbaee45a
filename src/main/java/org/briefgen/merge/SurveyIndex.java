package org.briefgen.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.briefgen.campaign.Question;
import org.briefgen.campaign.Survey;
import org.briefgen.campaign.SurveyOption;
import org.briefgen.failure.Suggestions;

/**
 * The campaign's surveys, looked up by id as templates name them. An unknown id is an error
 * that suggests the nearest known one.
 */
public final class SurveyIndex {

    /** A question and the survey it belongs to. */
    public record Entry(Survey survey, Question question) {
    }

    private final List<Survey> surveys;
    private final SurveyIndex original;
    private final Map<String, Entry> questions = new LinkedHashMap<>();

    public SurveyIndex(List<Survey> surveys) {
        this(surveys, null);
    }

    private SurveyIndex(List<Survey> surveys, SurveyIndex original) {
        this.original = original;
        this.surveys = List.copyOf(surveys);
        for (Survey survey : surveys) {
            for (Question question : survey.questions()) {
                questions.putIfAbsent(question.id(), new Entry(survey, question));
            }
        }
    }

    /** The same surveys in {@code tag}'s words, where their files translate them. */
    public SurveyIndex in(String tag) {
        SurveyIndex base = untranslated();
        return new SurveyIndex(base.surveys.stream().map(s -> SurveyLanguage.translate(s, tag)).toList(), base);
    }

    /** The surveys in the words their files give first, in the campaign's language. */
    public SurveyIndex untranslated() {
        return original == null ? this : original;
    }

    public List<Survey> all() {
        return surveys;
    }

    public Survey survey(String id) {
        return surveys.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new NoSuchElementException(
                "no survey '" + id + "' (" + Suggestions.hint(id, surveys.stream().map(Survey::id).toList()) + ")"));
    }

    public Entry question(String id) {
        Entry entry = questions.get(id);
        if (entry == null) {
            throw new NoSuchElementException("no survey question '" + id + "' ("
                    + Suggestions.hint(id, new ArrayList<>(questions.keySet())) + ")");
        }
        return entry;
    }

    public SurveyOption option(String questionId, String optionId) {
        Question q = question(questionId).question();
        return q.options().stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("question '" + questionId + "' has no option '"
                        + optionId + "' (" + Suggestions.hint(optionId, q.options().stream().map(SurveyOption::id)
                                .toList())
                        + ")"));
    }

    /** A figure as printed in text: "44.3%". */
    public String figure(String questionId, String optionId) {
        return option(questionId, optionId).percent().toPlainString() + "%";
    }
}
