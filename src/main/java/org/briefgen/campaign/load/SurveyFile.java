package org.briefgen.campaign.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.briefgen.campaign.FigureStatus;
import org.briefgen.campaign.Question;
import org.briefgen.campaign.Survey;
import org.briefgen.campaign.SurveyOption;

/** Reads one survey (YAML): its provenance and its questions with weighted percentages. */
final class SurveyFile {

    private static final Set<String> KEYS = Set.of("id", "pollster", "sample_size", "sample_unit", "population",
            "fieldwork", "mode", "weighted", "source_url", "questions", "translations");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "text", "multiple", "status", "note", "base",
            "options");
    private static final Set<String> OPTION_KEYS = Set.of("id", "label", "percent", "status", "note");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.5");

    private SurveyFile() {
    }

    static Survey read(Path path, Problems problems) {
        String text = TextFiles.read(path, StandardCharsets.UTF_8, problems);
        if (text == null) {
            return null;
        }
        Fields f = Fields.of(YamlFiles.parse(text, path.toString(), 0, problems), problems, KEYS);
        if (f == null) {
            return null;
        }
        String id = f.id(path, "\\.ya?ml$");
        String pollster = f.text("pollster", "who ran the poll, e.g. YouGov Plc");
        Integer sampleSize = f.integer("sample_size", "how many people answered, e.g. 2072");
        String unit = f.optText("sample_unit").orElse("adults");
        String population = f.text("population", "whom the figures represent, e.g. all GB adults (aged 18+)");
        String mode = f.text("mode", "how the survey was carried out, e.g. online");
        boolean weighted = f.optBoolean("weighted").orElse(false);
        LocalDate start = null;
        LocalDate end = null;
        var fieldwork = f.map("fieldwork");
        if (fieldwork.isEmpty()) {
            f.report(f.node().problem("missing required key 'fieldwork' (with 'start' and 'end' dates)"));
        } else if (fieldwork.get() != null) {
            Fields fw = fieldwork.get().allow(Set.of("start", "end"));
            start = fw.date("start", "first day of fieldwork");
            end = fw.date("end", "last day of fieldwork");
            if (start != null && end != null && end.isBefore(start)) {
                f.report(f.problemAt("fieldwork", "fieldwork ends (" + end + ") before it starts (" + start + ")"));
            }
        }
        if (sampleSize != null && sampleSize <= 0) {
            f.report(f.problemAt("sample_size", "the sample size must be above zero"));
        }
        Set<String> questionIds = new HashSet<>();
        List<Question> questions = f.list("questions", q -> question(q, questionIds));
        if (questions.isEmpty()) {
            f.report(f.problemAt("questions", "a survey needs at least one question"));
        }
        if (pollster == null || sampleSize == null || population == null || mode == null || start == null
                || end == null) {
            return null;
        }
        return new Survey(id, pollster, sampleSize, unit, population, start, end, mode, weighted,
                f.optText("source_url").orElse(null), questions, SurveyTranslations.read(f));
    }

    private static Question question(Fields q, Set<String> ids) {
        q.allow(QUESTION_KEYS);
        String id = q.text("id", "a short name templates use, e.g. apps-use-cloud");
        String text = q.text("text", "the question as asked");
        if (id != null && !ids.add(id)) {
            q.report(q.problemAt("id", "question id '" + id + "' is used twice"));
        }
        FigureStatus defaultStatus = status(q, FigureStatus.REPORTED);
        boolean multiple = q.optBoolean("multiple").orElse(false);
        Set<String> optionIds = new HashSet<>();
        List<SurveyOption> options = q.list("options", o -> option(o, defaultStatus, optionIds));
        if (options.isEmpty()) {
            q.report(q.problemAt("options", "a question needs at least one answer option"));
        }
        // a sum is only worth checking when every option was read
        if (!multiple && !options.isEmpty() && options.size() == q.count("options")) {
            BigDecimal sum = options.stream().map(SurveyOption::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
                q.report(q.problemAt("options", "the options of single-choice question '" + id + "' add up to "
                        + sum.toPlainString() + "%, not 100%").withHint("set 'multiple: true' if respondents could"
                                + " choose several"));
            }
        }
        Integer base = q.optInteger("base").orElse(null);
        if (base != null && base <= 0) {
            q.report(q.problemAt("base", "an unweighted base must be above zero"));
        }
        return id == null || text == null ? null : new Question(id, text, multiple, options,
                q.optText("note").orElse(null), base);
    }

    private static SurveyOption option(Fields o, FigureStatus defaultStatus, Set<String> ids) {
        o.allow(OPTION_KEYS);
        String label = o.text("label", "the answer as respondents saw it");
        String id = o.optText("id").orElse(label == null ? null
                : label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        if (id != null && !ids.add(id)) {
            o.report(o.problemAt("id", "option id '" + id + "' is used twice in this question"));
        }
        BigDecimal percent = null;
        if (!o.has("percent")) {
            o.report(o.node().problem("missing required key 'percent' (the weighted share, e.g. 44.3)"));
        } else {
            percent = o.optDecimal("percent").orElse(null);
            if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
                o.report(o.problemAt("percent", "a percentage must lie between 0 and 100, found "
                        + percent.toPlainString()));
                percent = null;
            } else if (percent != null && percent.scale() > 1) {
                o.report(o.problemAt("percent", "give percentages with one decimal, found " + percent.toPlainString()));
            }
        }
        FigureStatus status = status(o, defaultStatus);
        String note = o.optText("note").orElse(null);
        if (status == FigureStatus.DERIVED && note == null) {
            o.report(o.node().problem("a derived figure needs a 'note' saying how it was derived"));
        }
        if (label == null || percent == null) {
            return null;
        }
        return new SurveyOption(id, label, percent.setScale(1, java.math.RoundingMode.HALF_UP), status, note);
    }

    private static FigureStatus status(Fields f, FigureStatus fallback) {
        return f.optText("status").map(s -> {
            try {
                return FigureStatus.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.report(f.problemAt("status", "unknown status '" + s + "'")
                        .withHint("one of reported, derived, illustrative"));
                return fallback;
            }
        }).orElse(fallback);
    }
}
