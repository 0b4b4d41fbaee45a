package org.briefgen.template;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;
import org.briefgen.i18n.TemplateTranslations;
import org.briefgen.merge.BriefingContext;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.SurveyIndex;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.StopException;
import freemarker.core.TemplateConfiguration;
import freemarker.template.AttemptExceptionReporter;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * Renders letter templates ({@code *.md.ftl}) to Markdown, and plain-text templates
 * ({@code *.txt.ftl}, nothing escaped) to text. Strict: a missing value is an error naming
 * template, line and recipient, never an empty string. Built once and shared by every
 * letter of a run (Freemarker's configuration is thread-safe once set up).
 */
public final class TemplateEngine {

    static final String BUILT_IN_LIBRARY = "briefgen.ftl";

    private final Path folder;
    private final Configuration cfg;
    private final MessageCatalog messages;
    private final TemplateTranslations translations;

    /** Templates with briefgen's built-in messages only. */
    public TemplateEngine(Path folder) {
        this(folder, MessageCatalog.builtIn());
    }

    /** Templates whose {@code message(…)} and survey functions speak {@code messages}. */
    public TemplateEngine(Path folder, MessageCatalog messages) {
        this.folder = folder;
        this.messages = messages;
        this.translations = new TemplateTranslations(folder);
        if (!Files.isDirectory(folder)) {
            throw new TemplateFaultException(folder.toString(), 0, 0, "template folder not found");
        }
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(folder.toFile()),
                    new ClassTemplateLoader(TemplateEngine.class, "/org/briefgen/template")}));
        } catch (IOException e) {
            throw new TemplateFaultException(folder.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        // *.txt.ftl (a public post) is plain text: printed as written, nothing escaped
        TemplateConfiguration plainText = new TemplateConfiguration();
        plainText.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
                new FileNameGlobMatcher("*.txt.ftl"), plainText));
        cfg.setLocale(Locale.UK);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter(AttemptExceptionReporter.LOG_WARN_REPORTER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.addAutoInclude(BUILT_IN_LIBRARY);
    }

    /** Reads and parses {@code name}; a syntax error is a {@link TemplateFaultException} naming its line. */
    public void check(String name) {
        template(name);
    }

    /**
     * One letter's text: template {@code name} applied to {@code context}; Markdown, or plain text
     * for a {@code *.txt.ftl}.
     */
    public String render(String name, LetterContext context) {
        return render(name, context, in(name, context));
    }

    /**
     * The context template {@code name} is written for: the letter's own when the template has a
     * translation into its language (or is in it), else the letter in the campaign's language.
     */
    public LetterContext in(String name, LetterContext context) {
        return translations.find(name, context.letter().language()).isPresent() ? context
                : context.inCampaignLanguage(messages);
    }

    private String render(String name, LetterContext asked, LetterContext context) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", context.organisation());
        model.put("campaign", context.campaign());
        model.put("recipient", context.recipient());
        model.put("signatory", context.signatory());
        model.put("letter", context.letter());
        model.put("findings", context.findings());
        // only a follow-up has one: templates ask followUp?? to tell
        if (context.followUp() != null) {
            model.put("followUp", context.followUp());
        }
        String template = translations.resolve(name, context.letter().language());
        return render(template, model, context.surveys(), messages.forLanguage(context.letter().language()),
                recipient(asked));
    }

    /** The Markdown of the campaign's research briefing: template {@code name} applied to {@code context}. */
    public String render(String name, BriefingContext context) {
        return render(name, context, context.campaign().locale());
    }

    /** The research briefing in {@code language}: its translation of {@code name} when there is one. */
    public String render(String name, BriefingContext context, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", context.organisation());
        model.put("campaign", context.campaign());
        model.put("date", context.date());
        model.put("findings", context.findings());
        return render(translations.resolve(name, language), model, context.surveys(), messages.forLanguage(
                language), "for the research briefing");
    }

    /** The templates folder. */
    public Path folder() {
        return folder;
    }

    /** Where the translations of the templates are. */
    public TemplateTranslations translations() {
        return translations;
    }

    /** The messages the templates speak, built-in and the campaign's own. */
    public MessageCatalog messages() {
        return messages;
    }

    /**
     * The Markdown of a document that is not a letter to one recipient (a briefing, a tracker):
     * template {@code name} applied to {@code model}, with the survey functions of {@code surveys}.
     * {@code what} says in error messages which document was being made, or is null.
     */
    public String render(String name, Map<String, Object> model, SurveyIndex surveys, String what) {
        return render(name, model, surveys, messages.forLanguage("en-GB"), what);
    }

    /** As {@link #render(String, Map, SurveyIndex, String)}, its {@code message(…)} and figures in {@code words}. */
    public String render(String name, Map<String, Object> model, SurveyIndex surveys, Messages words, String what) {
        Template template = template(name);
        Map<String, Object> root = new HashMap<>(model);
        root.put("surveys", surveys);
        root.put("footnote", Footnotes.DIRECTIVE);
        new SurveyFunctions(surveys, words).addTo(root);
        StringWriter out = new StringWriter(8192);
        try {
            Environment env = template.createProcessingEnvironment(root, out);
            env.process();
            Footnotes.appendDefinitions(env, out);
        } catch (TemplateException e) {
            // an #include of a template that does not parse: that template's own line, not the includer's
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException) {
                    throw loadProblem(name, cause);
                }
            }
            throw problem(e, what);
        } catch (IOException e) {
            throw new TemplateFaultException(path(name), 0, 0, e.getMessage());
        }
        return name.endsWith(".md.ftl") ? Punctuation.undoubled(out.toString()) : out.toString();
    }

    /**
     * A problem with what template {@code name} made for one recipient (not with the template's
     * text), named as template errors are: template, then the recipient.
     */
    public TemplateFaultException problem(String name, String problem, LetterContext context) {
        return new TemplateFaultException(path(name), 0, 0, problem, recipient(context));
    }

    private static String recipient(LetterContext context) {
        return "for recipient '" + context.recipient().id() + "' (" + context.recipient().source() + " line "
                + context.recipient().line() + ")";
    }

    private Template template(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFaultException(path(name), 0, 0, "template not found");
        } catch (IOException e) {
            throw loadProblem(name, e);
        }
    }

    /**
     * A template that would not load, named at its own place: Freemarker keeps a failed load and later
     * says only "error loading the template on an earlier attempt" (under the name of whichever template
     * asked for it), so the failure is forgotten and its first cause, the parse error, is named.
     */
    private TemplateFaultException loadProblem(String name, Throwable e) {
        cfg.clearTemplateCache();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return new TemplateFaultException(path(parse.getTemplateName()), parse.getLineNumber(), parse
                        .getColumnNumber(), parse.getEditorMessage());
            }
        }
        return new TemplateFaultException(path(name), 0, 0, "cannot read: " + e.getMessage());
    }

    private TemplateFaultException problem(TemplateException e, String recipient) {
        String message;
        if (e instanceof InvalidReferenceException ire && ire.getBlamedExpressionString() != null) {
            String expression = ire.getBlamedExpressionString();
            message = "${" + expression + "} has no value (write ${" + expression + "!\"…\"} or <#if " + expression
                    + "??> if it may be missing)";
        } else if (e instanceof StopException) {
            message = e.getMessageWithoutStackTop().replaceFirst("^Stopped with message: ", "");
        } else {
            message = firstParagraph(e.getMessageWithoutStackTop());
        }
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        return new TemplateFaultException(path(e.getTemplateSourceName()), line == null ? 0 : line,
                column == null ? 0 : column, message, recipient);
    }

    private static String firstParagraph(String message) {
        String first = message.split("\n\n|\n----")[0];
        return first.replaceAll("\\s+", " ").strip();
    }

    private String path(String templateName) {
        if (templateName == null) {
            return folder.toString();
        }
        if (templateName.equals(BUILT_IN_LIBRARY) && !Files.exists(folder.resolve(templateName))) {
            return templateName + " (built in)";
        }
        return folder.resolve(templateName.replace('/', File.separatorChar)).toString();
    }
}
