package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;
import org.briefgen.render.HouseStyle;
import org.briefgen.template.TemplateEngine;
import org.briefgen.template.TemplateProblem;

/**
 * The pipeline for one campaign: merge each recipient, render the template to Markdown, read it
 * into a {@link Document}, write its files (PDF, Word, e-mail, post). The services (templates,
 * house style, writers) are built once here and shared by every letter.
 */
public final class CampaignRun {

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final MarkdownReader reader = new MarkdownReader();
    private final Merger merger;
    private final HouseStyle style;

    public CampaignRun(CampaignData data, Path templates) {
        this.data = data;
        this.templates = templates;
        this.engine = new TemplateEngine(templates);
        this.merger = new Merger(data);
        Path styleFile = templates.resolve(data.campaign().styleFile());
        this.style = HouseStyle.load(styleFile);
    }

    /** The writers for {@code asked}, else the campaign's formats, else all; only checking unless {@code writing}. */
    private LetterWriter writer(Set<OutputFormat> asked, boolean writing) {
        List<String> named = data.campaign().formats();
        Set<OutputFormat> formats = !asked.isEmpty() ? EnumSet.copyOf(asked)
                : !named.isEmpty() ? OutputFormat.parseAll(named) : EnumSet.allOf(OutputFormat.class);
        return new LetterWriter(data, templates, engine, style, formats, !asked.isEmpty() || !named.isEmpty(),
                writing);
    }

    public CampaignData data() {
        return data;
    }

    /** Merges and renders one recipient's letter (no file is written). */
    public PreparedLetter prepare(Recipient recipient, int sequence) {
        LetterContext context = merger.merge(recipient, sequence);
        String template = data.campaign().letterTemplate();
        String markdown = engine.render(template, context);
        try {
            Document document = reader.read(markdown, templates.resolve(template) + " (output for recipient '"
                    + recipient.id() + "')");
            return new PreparedLetter(context, markdown, document);
        } catch (DocumentSyntaxException e) {
            throw new TemplateProblem(templates.resolve(template).toString(), 0, 0, e.getMessage());
        }
    }

    /**
     * Prepares every letter and reports every recipient whose letter cannot be made; writes nothing.
     * Returns the number of letters checked.
     */
    public int validate() {
        return validate(writer(Set.of(), false));
    }

    private int validate(LetterWriter writer) {
        engine.check(data.campaign().letterTemplate());
        writer.checkCampaign();
        // the same fault for many recipients is reported once, naming them
        Map<String, List<TemplateProblem>> problems = new LinkedHashMap<>();
        List<Recipient> recipients = data.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            try {
                writer.checkLetter(prepare(recipients.get(i), i + 1));
            } catch (TemplateProblem e) {
                problems.computeIfAbsent(e.placeAndProblem(), k -> new ArrayList<>()).add(e);
            }
        }
        if (!problems.isEmpty()) {
            List<String> messages = new ArrayList<>();
            problems.forEach((fault, cases) -> {
                String first = cases.get(0).recipient();
                if (first == null) {
                    messages.add(fault);
                } else if (cases.size() == 1) {
                    messages.add(fault + " " + first);
                } else {
                    messages.add(fault + " " + first + " and " + (cases.size() - 1) + " other recipient"
                            + (cases.size() == 2 ? "" : "s"));
                }
            });
            throw new InvalidCampaignException(messages);
        }
        return recipients.size();
    }

    /**
     * Validates the whole campaign, then writes each recipient's files into
     * {@code out/<campaign-id>/} in the campaign's formats, each atomically; {@code written} hears
     * of each letter as it lands.
     */
    public List<WrittenLetter> generate(Path out, Consumer<WrittenLetter> written) {
        return generate(out, Set.of(), written);
    }

    /**
     * As {@link #generate(Path, Consumer)}, in {@code formats} (none: the campaign's {@code formats},
     * or else all). A format chosen by name that cannot be made is an error; one chosen by default
     * is left out for the letters that cannot have it, and each such letter says why.
     */
    public List<WrittenLetter> generate(Path out, Set<OutputFormat> formats, Consumer<WrittenLetter> written) {
        LetterWriter writer = writer(formats, true);
        validate(writer);
        Path folder = out.resolve(data.campaign().id());
        List<WrittenLetter> letters = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            List<Recipient> recipients = data.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                PreparedLetter letter = prepare(recipients.get(i), i + 1);
                LetterWriter.Made made = writer.write(letter);
                List<Path> paths = new ArrayList<>();
                for (LetterWriter.LetterFile file : made.files()) {
                    Path path = folder.resolve(file.name());
                    AtomicFiles.write(path, file.bytes());
                    paths.add(path);
                }
                LetterWriter.LetterFile main = made.files().isEmpty() ? null : made.files().get(0);
                WrittenLetter w = new WrittenLetter(letter.context().letter().reference(), recipients.get(i).id(),
                        recipients.get(i).company(), paths.isEmpty() ? null : paths.get(0), made.pages(),
                        main == null ? 0 : main.bytes().length, paths, made.skipped());
                letters.add(w);
                written.accept(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
        return letters;
    }
}
