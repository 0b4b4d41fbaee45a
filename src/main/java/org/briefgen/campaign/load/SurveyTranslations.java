package org.briefgen.campaign.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.briefgen.campaign.Problem;
import org.briefgen.campaign.SurveyTranslation;

/** Reads a survey file's {@code translations:} block, one {@link SurveyTranslation} per language tag. */
final class SurveyTranslations {

    private static final Set<String> KEYS = Set.of("sample_unit", "population", "mode", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("text", "note", "options");

    private SurveyTranslations() {
    }

    static Map<String, SurveyTranslation> read(Fields survey) {
        Map<String, SurveyTranslation> all = new LinkedHashMap<>();
        var block = survey.map("translations");
        if (block.isEmpty() || block.get() == null) {
            return all;
        }
        Fields languages = block.get();
        for (var entry : languages.node().entries().entrySet()) {
            String tag = entry.getKey();
            YamlNode node = entry.getValue();
            if (Locale.forLanguageTag(tag).getLanguage().isEmpty()) {
                languages.report(Problem.at(node.file(), node.line(), 0, "'" + tag
                        + "' is not a language tag (such as fr or fr-FR)"));
                continue;
            }
            Fields t = languages.map(tag).orElse(null);
            if (t == null) {
                continue;
            }
            t.allow(KEYS);
            Map<String, SurveyTranslation.QuestionText> questions = new HashMap<>();
            t.map("questions").ifPresent(qs -> qs.node().entries().forEach((id, q) -> qs.map(id).ifPresent(
                    qf -> questions.put(id, question(qf)))));
            all.put(Locale.forLanguageTag(tag).toLanguageTag(), new SurveyTranslation(Locale.forLanguageTag(tag)
                    .toLanguageTag(), t.optText("sample_unit").orElse(null), t.optText("population").orElse(null),
                    t.optText("mode").orElse(null), questions, node.file(), node.line()));
        }
        return all;
    }

    private static SurveyTranslation.QuestionText question(Fields q) {
        q.allow(QUESTION_KEYS);
        Map<String, SurveyTranslation.OptionText> options = new HashMap<>();
        q.map("options").ifPresent(os -> os.node().entries().forEach((id, o) -> {
            if (o instanceof YamlNode.Scalar s && !s.isNull()) {
                options.put(id, new SurveyTranslation.OptionText(s.value(), null));
            } else {
                os.map(id).ifPresent(of -> {
                    of.allow(Set.of("label", "note"));
                    options.put(id, new SurveyTranslation.OptionText(of.optText("label").orElse(null), of.optText(
                            "note").orElse(null)));
                });
            }
        }));
        return new SurveyTranslation.QuestionText(q.optText("text").orElse(null), q.optText("note").orElse(null),
                options);
    }
}
