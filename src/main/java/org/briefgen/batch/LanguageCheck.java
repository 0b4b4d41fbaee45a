package org.briefgen.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Survey;
import org.briefgen.i18n.Languages;
import org.briefgen.i18n.TemplateTranslations;
import org.briefgen.merge.Merger;
import org.briefgen.merge.SurveyLanguage;
import org.briefgen.template.TemplateEngine;

/**
 * Every translation problem of a campaign at once, each with its place: errors (a messages file
 * that is wrong, a translation named by no language, a translation that prints a value its
 * original does not, a recipient language that is no language) and warnings (a recipient whose
 * language has no translation, words a translated letter would print untranslated).
 */
final class LanguageCheck {

    /** What the check found. */
    record Found(List<String> errors, List<Problem> warnings) {
    }

    private final CampaignData data;
    private final TemplateEngine engine;
    private final Merger merger;
    private final TemplateTranslations translations;
    private final List<OutputFormat> formats;

    /** {@code formats}: the run's, whose own templates are wanted only for the recipients they write for. */
    LanguageCheck(CampaignData data, TemplateEngine engine, Merger merger, List<OutputFormat> formats) {
        this.data = data;
        this.engine = engine;
        this.merger = merger;
        this.translations = engine.translations();
        this.formats = List.copyOf(formats);
    }

    Found run(List<String> templates) {
        List<String> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        engine.messages().problems().forEach(p -> errors.add(p.toString()));
        for (String template : templates) {
            TemplateValues.check(translations, engine.folder(), template, errors);
            TemplateValues.includes(translations, engine.folder(), template, warnings);
        }
        String campaign = data.campaign().language();
        String letterTemplate = data.campaign().letterTemplate();
        Set<String> languages = new LinkedHashSet<>();
        for (Recipient r : data.recipients()) {
            String asked = r.language();
            if (asked == null) {
                continue;
            }
            String where = r.source() + ":" + r.line() + ": ";
            if (!Languages.known(asked)) {
                errors.add(where + "'" + asked + "' is not a language tag ISO 639 knows (recipient '" + r.id()
                        + "'; such as fr or fr-FR)");
                continue;
            }
            String language = merger.languageOf(r);
            if (!Languages.sameLanguage(language, asked)) {
                warnings.add(Problem.at(r.source(), r.line(), 0, "recipient '" + r.id() + "' asks for "
                        + Languages.name(asked) + " (" + asked + ") but " + letterTemplate + " has no translation ("
                        + TemplateTranslations.nameFor(letterTemplate, asked) + " or "
                        + TemplateTranslations.nameFor(letterTemplate, Languages.primary(asked))
                        + "): its letter is in the campaign's language, " + campaign));
                continue;
            }
            if (Languages.sameLanguage(language, campaign)) {
                continue;
            }
            languages.add(language);
            for (Finding f : merger.findingsOf(r)) {
                String written = f.language() == null ? campaign : f.language();
                if (!Languages.sameLanguage(written, language)) {
                    warnings.add(Problem.at(f.file() == null ? "finding '" + f.id() + "'" : f.file(), 1, 0,
                            "the letter to '" + r.id() + "' is in " + language + " but this finding is in " + written
                                    + ": give it 'language: " + language + "' once its words are translated"));
                }
            }
        }
        // a template included by another (the summary) is part of it: a translation that includes its
        // original is warned of above, and one that includes none of it needs none
        Set<String> parts = new LinkedHashSet<>();
        for (String template : templates) {
            parts.addAll(TemplateUse.included(engine.folder(), template));
            translations.all(template).values().forEach(t -> parts.addAll(TemplateUse.included(engine.folder(), t)));
        }
        for (String language : languages) {
            for (String template : templates) {
                if (!template.equals(letterTemplate) && !parts.contains(template) && applies(template, language)
                        && translations.find(template, language).isEmpty()) {
                    warnings.add(Problem.at(engine.folder().resolve(template).toString(), 0, 0, "no translation into "
                            + language + " (" + TemplateTranslations.nameFor(template, language)
                            + "): letters in " + language + " get it in " + campaign));
                }
            }
            // only a translation prints a survey in the letter's language; one that prints none needs none
            boolean printsSurvey = templates.stream().map(t -> translations.find(t, language)).flatMap(
                    Optional::stream).anyMatch(t -> TemplateUse.printsSurvey(engine.folder(), t));
            for (Survey s : printsSurvey ? data.surveys() : List.<Survey>of()) {
                List<String> missing = SurveyLanguage.untranslated(s, language);
                if (!missing.isEmpty()) {
                    Optional<Integer> line = SurveyLanguage.translation(s, language).map(t -> t.line());
                    warnings.add(Problem.at(surveyFile(s), line.orElse(0), 0, "letters in " + language
                            + " would print this survey's words untranslated: " + String.join(", ", missing)));
                }
            }
        }
        return new Found(errors, warnings);
    }

    /**
     * Whether a letter in {@code language} uses {@code template}: a format's own template (the post's)
     * only when that format writes for some recipient in that language (the post: one with a handle).
     */
    private boolean applies(String template, String language) {
        List<OutputFormat> owners = formats.stream().filter(f -> f.templates().contains(template)).toList();
        if (owners.isEmpty()) {
            return true;
        }
        return data.recipients().stream().anyMatch(r -> r.language() != null && owners.stream().anyMatch(f -> f
                .writesFor(r)) && merger.languageOf(r).equals(language));
    }

    private String surveyFile(Survey s) {
        return SurveyLanguage.translation(s, s.translations().keySet().stream().findFirst().orElse("en"))
                .map(t -> t.file()).orElse("survey '" + s.id() + "'");
    }
}
