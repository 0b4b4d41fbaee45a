package org.briefgen.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.campaign.Question;
import org.briefgen.campaign.Survey;
import org.briefgen.campaign.SurveyOption;
import org.briefgen.campaign.SurveyTranslation;
import org.briefgen.i18n.Languages;

/**
 * A survey in a letter's language: its words replaced by its file's translation into that language
 * (the tag's own, else its language's), and the words that translation leaves out.
 */
public final class SurveyLanguage {

    private SurveyLanguage() {
    }

    /** The translation of {@code s} into {@code tag}, if its file gives one. */
    public static Optional<SurveyTranslation> translation(Survey s, String tag) {
        Map<String, SurveyTranslation> all = s.translations();
        return Languages.fallbacks(tag).stream().filter(all::containsKey).map(all::get).findFirst();
    }

    /** {@code s} with the words its translation into {@code tag} gives; the others as written. */
    public static Survey translate(Survey s, String tag) {
        Optional<SurveyTranslation> found = translation(s, tag);
        if (found.isEmpty()) {
            return s;
        }
        SurveyTranslation t = found.get();
        List<Question> questions = s.questions().stream().map(q -> {
            SurveyTranslation.QuestionText qt = t.questions().get(q.id());
            if (qt == null) {
                return q;
            }
            List<SurveyOption> options = q.options().stream().map(o -> {
                SurveyTranslation.OptionText ot = qt.options().get(o.id());
                return ot == null ? o : new SurveyOption(o.id(), or(ot.label(), o.label()), o.percent(), o.status(),
                        or(ot.note(), o.note()));
            }).toList();
            return new Question(q.id(), or(qt.text(), q.text()), q.multiple(), options, or(qt.note(), q.note()),
                    q.base());
        }).toList();
        return new Survey(s.id(), s.pollster(), s.sampleSize(), or(t.sampleUnit(), s.sampleUnit()), or(t.population(),
                s.population()), s.fieldworkStart(), s.fieldworkEnd(), or(t.mode(), s.mode()), s.weighted(),
                s.sourceUrl(), questions, s.translations());
    }

    /**
     * What a letter in {@code tag} would print of {@code s} untranslated: "sample_unit", "question
     * 'q' text", "question 'q' option 'o' label"… (each note too, where the survey has one).
     */
    public static List<String> untranslated(Survey s, String tag) {
        List<String> missing = new ArrayList<>();
        SurveyTranslation t = translation(s, tag).orElse(null);
        if (t == null) {
            missing.add("everything (no 'translations: " + Languages.primary(tag) + ":' block)");
            return missing;
        }
        check(missing, t.sampleUnit(), "sample_unit");
        check(missing, t.population(), "population");
        check(missing, t.mode(), "mode");
        for (Question q : s.questions()) {
            SurveyTranslation.QuestionText qt = t.questions().get(q.id());
            String at = "question '" + q.id() + "' ";
            check(missing, qt == null ? null : qt.text(), at + "text");
            if (q.note() != null) {
                check(missing, qt == null ? null : qt.note(), at + "note");
            }
            for (SurveyOption o : q.options()) {
                SurveyTranslation.OptionText ot = qt == null ? null : qt.options().get(o.id());
                check(missing, ot == null ? null : ot.label(), at + "option '" + o.id() + "' label");
                if (o.note() != null) {
                    check(missing, ot == null ? null : ot.note(), at + "option '" + o.id() + "' note");
                }
            }
        }
        return missing;
    }

    private static void check(List<String> missing, String value, String what) {
        if (value == null) {
            missing.add(what);
        }
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
