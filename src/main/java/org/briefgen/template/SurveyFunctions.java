package org.briefgen.template;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.briefgen.campaign.FigureStatus;
import org.briefgen.campaign.Question;
import org.briefgen.campaign.SurveyOption;
import org.briefgen.document.Block;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.i18n.Messages;
import org.briefgen.merge.MethodologyNote;
import org.briefgen.merge.SurveyIndex;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/**
 * The template functions that print survey data, so that no figure is ever typed twice:
 * {@code ${figure("q", "option")}}, {@code ${question("q")}}, {@code ${methodology("survey")}} and
 * {@code <@chart question="q"/>}.
 */
record SurveyFunctions(SurveyIndex surveys, Messages words) {

    void addTo(Map<String, Object> model) {
        model.put("message", (TemplateMethodModelEx) args -> {
            if (args.isEmpty() || args.size() % 2 == 0) {
                throw new TemplateModelException("message takes a key and pairs of names and values: message(\"key\""
                        + ", \"name\", value…)");
            }
            Object[] named = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                named[i - 1] = DeepUnwrap.unwrap((TemplateModel) args.get(i));
            }
            String key = text(args, 0);
            if (!words.has(key)) {
                throw new TemplateModelException("no message '" + key + "' (briefgen's keys are in its"
                        + " letters.en.properties)");
            }
            return new SimpleScalar(words.text(key, named));
        });
        model.put("figure", (TemplateMethodModelEx) args -> {
            expect("figure", args, 2, "figure(\"question-id\", \"option-id\")");
            SurveyOption option = lookup(() -> surveys.option(text(args, 0), text(args, 1)));
            String figure = words.percent(option.percent());
            return new SimpleScalar(option.status() == FigureStatus.ILLUSTRATIVE ? words.text("figure.illustrative",
                    "figure", figure) : figure);
        });
        model.put("question", (TemplateMethodModelEx) args -> {
            expect("question", args, 1, "question(\"question-id\")");
            return new SimpleScalar(lookup(() -> surveys.question(text(args, 0))).question().text());
        });
        model.put("methodology", (TemplateMethodModelEx) args -> {
            if (args.isEmpty() && surveys.all().size() == 1) {
                return new SimpleScalar(MethodologyNote.of(surveys.all().get(0), words));
            }
            expect("methodology", args, 1, "methodology(\"survey-id\")");
            return new SimpleScalar(MethodologyNote.of(lookup(() -> surveys.survey(text(args, 0))), words));
        });
        model.put("chart", new ChartDirective());
    }

    private static void expect(String name, List<?> args, int count, String usage) throws TemplateModelException {
        if (args.size() != count) {
            throw new TemplateModelException(name + " takes " + count + " argument" + (count == 1 ? "" : "s")
                    + ": " + usage);
        }
    }

    private static String text(List<?> args, int i) throws TemplateModelException {
        Object arg = args.get(i);
        if (arg instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        throw new TemplateModelException("argument " + (i + 1) + " must be a text, such as \"apps-use-cloud\"");
    }

    private interface Lookup<T> {
        T get() throws TemplateModelException;
    }

    private static <T> T lookup(Lookup<T> lookup) throws TemplateModelException {
        try {
            return lookup.get();
        } catch (NoSuchElementException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    /** {@code <@chart question="id"/>}: a chart block with the question's figures and their provenance. */
    private final class ChartDirective implements TemplateDirectiveModel {
        @Override
        public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                TemplateDirectiveBody body) throws TemplateException, IOException {
            Object id = params.get("question");
            if (id == null || params.size() != 1) {
                throw new TemplateModelException("chart takes one parameter: <@chart question=\"question-id\"/>");
            }
            Object unwrapped = DeepUnwrap.unwrap((TemplateModel) id);
            SurveyIndex.Entry entry = lookup(() -> surveys.question(String.valueOf(unwrapped)));
            env.getOut().write("\n" + MarkdownReader.chartMarkdown(chart(entry.question(), words)) + "\n");
        }
    }

    static Block.Chart chart(Question q, Messages words) {
        List<Block.Chart.Bar> bars = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean illustrative = false;
        for (SurveyOption option : q.options()) {
            bars.add(new Block.Chart.Bar(option.label(), option.percent()));
            if (option.status() == FigureStatus.ILLUSTRATIVE) {
                illustrative = true;
            } else if (option.status() == FigureStatus.DERIVED) {
                notes.add(words.text("chart.derived", "label", option.label(), "value", words.percent(option.percent()),
                        "note", option.note()));
            }
        }
        if (illustrative) {
            notes.add(0, q.note() == null ? words.text("chart.illustrative")
                    : words.text("chart.illustrative.note", "note", q.note()));
        } else if (q.note() != null) {
            notes.add(words.text("chart.note", "note", q.note()));
        }
        if (q.base() != null) {
            notes.add(words.text(q.multiple() ? "chart.base.multiple" : "chart.base", "base", q.base()));
        } else if (q.multiple()) {
            notes.add(words.text("chart.multiple"));
        }
        return new Block.Chart("bar", q.text(), "%", bars, notes);
    }
}
