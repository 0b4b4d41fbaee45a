package org.briefgen.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.merge.FollowUp;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;
import org.briefgen.template.TemplateEngine;
import org.briefgen.template.TemplateFaultException;

/**
 * Makes letters ready for the writers: merges a recipient, renders the letter template to Markdown
 * and reads it into the document model; the same for the campaign's research briefing. Writes
 * nothing, and is shared by every thread of a run.
 */
final class LetterPreparer {

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final MarkdownReader reader = new MarkdownReader();
    private final Merger merger;

    LetterPreparer(CampaignData data, Path templates, TemplateEngine engine) {
        this.data = data;
        this.templates = templates;
        this.engine = engine;
        String letter = data.campaign().letterTemplate();
        this.merger = new Merger(data, engine.messages(), tag -> engine.translations().find(letter, tag)
                .isPresent());
    }

    /** The run's merger: each letter's language, context and findings. */
    Merger merger() {
        return merger;
    }

    /** The context of the letter to {@code recipient} as the {@code sequence}-th of the campaign (pure). */
    LetterContext merge(Recipient recipient, int sequence) {
        return merger.merge(recipient, sequence);
    }

    PreparedLetter prepare(Recipient recipient, int sequence) {
        return prepare(merge(recipient, sequence));
    }

    /**
     * The follow-up of round {@code chain.size()} to {@code recipient}, dated {@code date}, chasing
     * the letters of {@code chain} (the original first).
     */
    LetterContext followUp(Recipient recipient, int sequence, LocalDate date, List<FollowUp.Request> chain) {
        return merger.followUp(recipient, sequence, date, chain);
    }

    /** The template a letter is made from: the campaign's follow-up template for a follow-up, else its letter's. */
    static String template(LetterContext context) {
        return context.followUp() != null ? context.campaign().followUpTemplate()
                : context.campaign().letterTemplate();
    }

    /** Renders a merged letter's template and reads it into the document model. */
    PreparedLetter prepare(LetterContext context) {
        Recipient recipient = context.recipient();
        String name = template(context);
        String language = engine.in(name, context).letter().language();
        String template = engine.translations().resolve(name, language);
        String markdown = engine.render(name, context);
        try {
            Document document = reader.read(markdown, templates.resolve(template) + " (output for recipient '"
                    + recipient.id() + "')").withMessages(engine.messages().forLanguage(language));
            return new PreparedLetter(context, markdown, document);
        } catch (DocumentSyntaxException e) {
            throw new TemplateFaultException(templates.resolve(template).toString(), 0, 0, e.getMessage());
        }
    }

    /** Checks that the letter template (and the follow-up template) parses, before any letter is merged. */
    void checkTemplate() {
        engine.check(data.campaign().letterTemplate());
        // the follow-up template too, when there is one: validate names its faults before a follow-up run meets them
        if (Files.isRegularFile(templates.resolve(data.campaign().followUpTemplate()))) {
            engine.check(data.campaign().followUpTemplate());
        }
    }

    /** The research briefing in the document model, or empty when the campaign has none. */
    Optional<Document> briefing() {
        return briefing(data.campaign().locale());
    }

    /**
     * The research briefing in {@code language} when its template has a translation into it, else in
     * the campaign's language; empty when the campaign has none.
     */
    Optional<Document> briefing(String language) {
        String template = data.campaign().briefingTemplate();
        // the default briefing is optional; one the campaign names must exist
        if (template == null || (template.equals("briefing.md.ftl") && !Files.exists(templates.resolve(template)))) {
            return Optional.empty();
        }
        String in = briefingLanguage(language);
        String markdown = engine.render(template, merger.briefing(in), in);
        try {
            return Optional.of(reader.read(markdown, templates.resolve(engine.translations().resolve(template, in))
                    + " (output)").withMessages(engine.messages().forLanguage(in)));
        } catch (DocumentSyntaxException e) {
            throw new TemplateFaultException(templates.resolve(template).toString(), 0, 0, e.getMessage());
        }
    }

    /** The language the briefing is in for a letter in {@code language}: its own if translated, else the campaign's. */
    String briefingLanguage(String language) {
        String template = data.campaign().briefingTemplate();
        return template != null && engine.translations().find(template, language).isPresent() ? language
                : data.campaign().locale();
    }

    /** The briefing's template file, to name in messages. */
    Path briefingTemplate() {
        return templates.resolve(data.campaign().briefingTemplate());
    }
}
