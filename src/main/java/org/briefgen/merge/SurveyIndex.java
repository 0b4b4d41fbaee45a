package org.briefgen.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

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
    /** The translated indexes, by language tag (only the untranslated index keeps any). */
    private final Map<String, SurveyIndex> translations = new ConcurrentHashMap<>();

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

    /**
     * The same surveys in {@code tag}'s words, where their files translate them: made once a language, so
     * that every letter in it holds the same index (two merges of a letter are then equal, as the merge is
     * pure, and a letter rendered ahead is known for the one the archive issues).
     */
    public SurveyIndex in(String tag) {
        SurveyIndex base = untranslated();
        return base.translations.computeIfAbsent(tag, t -> new SurveyIndex(base.surveys.stream().map(
                s -> SurveyLanguage.translate(s, t)).toList(), base));
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
