package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.merge.LetterContext;
import org.briefgen.merge.Merger;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.template.TemplateEngine;
import org.briefgen.template.TemplateProblem;

/**
 * The pipeline for one campaign: merge each recipient, render the template to Markdown, read it
 * into a {@link Document}, write the PDF. The services (templates, house style, fonts) are built
 * once here and shared by every letter.
 */
public final class CampaignRun {

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final MarkdownReader reader = new MarkdownReader();
    private final Merger merger;
    private final HouseStyle style;
    private PdfRenderer pdf;

    public CampaignRun(CampaignData data, Path templates) {
        this.data = data;
        this.templates = templates;
        this.engine = new TemplateEngine(templates);
        this.merger = new Merger(data);
        Path styleFile = templates.resolve(data.campaign().styleFile());
        this.style = HouseStyle.load(styleFile);
    }

    public CampaignData data() {
        return data;
    }

    /** The templates folder. */
    public Path templates() {
        return templates;
    }

    /** Merges and renders one recipient's letter (no file is written). */
    public PreparedLetter prepare(Recipient recipient, int sequence) {
        return prepare(merge(recipient, sequence));
    }

    /** The context of the letter to {@code recipient} as the {@code sequence}-th of the campaign (pure). */
    public LetterContext merge(Recipient recipient, int sequence) {
        return merger.merge(recipient, sequence);
    }

    /** Renders a merged letter's template and reads it into the document model (no file is written). */
    public PreparedLetter prepare(LetterContext context) {
        Recipient recipient = context.recipient();
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

    /** Renders the campaign's research briefing into the document model, or empty when it has none. */
    public Optional<Document> prepareBriefing() {
        String template = data.campaign().briefingTemplate();
        // the default briefing is optional; one the campaign names must exist
        if (template == null || (template.equals("briefing.md.ftl") && !Files.exists(templates.resolve(template)))) {
            return Optional.empty();
        }
        String markdown = engine.render(template, merger.briefing());
        try {
            return Optional.of(reader.read(markdown, templates.resolve(template) + " (output)"));
        } catch (DocumentSyntaxException e) {
            throw new TemplateProblem(templates.resolve(template).toString(), 0, 0, e.getMessage());
        }
    }

    /**
     * Writes the research briefing to {@code out/<campaign-id>/briefing.pdf}, atomically; empty when
     * the campaign has none. Call after {@link #generate}, which has validated it.
     */
    public Optional<WrittenLetter> generateBriefing(Path out) {
        return prepareBriefing().map(document -> {
            PdfRenderer.Output output = pdf().render(document);
            Path file = out.resolve(data.campaign().id()).resolve("briefing.pdf");
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, output.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return new WrittenLetter("", "", "research briefing", file, output.pages(), output.bytes().length,
                    List.of(file));
        });
    }

    /**
     * Prepares every letter and the briefing, and reports every recipient whose letter cannot be made;
     * writes nothing.
     * Returns the number of letters checked.
     */
    public int validate() {
        engine.check(data.campaign().letterTemplate());
        prepareBriefing();
        // the same fault for many recipients is reported once, naming them
        Map<String, List<TemplateProblem>> problems = new LinkedHashMap<>();
        List<Recipient> recipients = data.recipients();
        List<String> undrawable = new ArrayList<>();
        PdfRenderer pdf = pdf();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            try {
                PreparedLetter letter = prepare(recipient, i + 1);
                pdf.undrawable(letter.document()).forEach((text, codePoints) -> undrawable.add("recipient '"
                        + recipient.id() + "' (" + recipient.source() + " line " + recipient.line() + "): \"" + text
                        + "\" has characters the house style's fonts cannot draw: " + describe(codePoints)));
            } catch (TemplateProblem e) {
                problems.computeIfAbsent(e.placeAndProblem(), k -> new ArrayList<>()).add(e);
            }
        }
        if (!problems.isEmpty() || !undrawable.isEmpty()) {
            List<String> messages = new ArrayList<>(undrawable);
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

    /** "'株' U+682A, '式' U+5F0F … (CJK UNIFIED IDEOGRAPHS, KATAKANA)": characters as a user can find them. */
    private static String describe(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        codePoints.stream().limit(6).forEach(cp -> sb.append(sb.length() == 0 ? "" : ", ").append('\'')
                .append(Character.toChars(cp)).append("' ").append(String.format("U+%04X", cp)));
        if (codePoints.size() > 6) {
            sb.append(" and ").append(codePoints.size() - 6).append(" more");
        }
        String blocks = codePoints.stream().map(Character.UnicodeBlock::of).filter(java.util.Objects::nonNull)
                .map(b -> b.toString().replace('_', ' ')).distinct().collect(java.util.stream.Collectors.joining(", "));
        return sb + (blocks.isEmpty() ? "" : " (" + blocks + ")");
    }

    /**
     * Validates the whole campaign, then writes one PDF per recipient into
     * {@code out/<campaign-id>/}, each atomically; {@code written} hears of each letter as it lands.
     * Nothing is recorded: issuing (with the archive) is {@link Issuing}'s work.
     */
    public List<WrittenLetter> generate(Path out, Consumer<WrittenLetter> written) {
        validate();
        Path folder = out.resolve(data.campaign().id());
        List<WrittenLetter> letters = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            List<Recipient> recipients = data.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                WrittenLetter w = write(render(prepare(recipients.get(i), i + 1)), folder);
                letters.add(w);
                written.accept(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
        return letters;
    }

    /** Every file of one letter, made in memory: its PDF. */
    public RenderedLetter render(PreparedLetter letter) {
        PdfRenderer.Output output = pdf().render(letter.document());
        return new RenderedLetter(letter, List.of(new RenderedLetter.File(letter.baseName() + ".pdf",
                output.bytes())), output.pages());
    }

    /** Writes a rendered letter's files into {@code folder}, each atomically. */
    public WrittenLetter write(RenderedLetter letter, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (RenderedLetter.File file : letter.files()) {
            Path path = folder.resolve(file.name());
            AtomicFiles.write(path, file.bytes());
            files.add(path);
        }
        LetterContext context = letter.letter().context();
        return new WrittenLetter(context.letter().reference(), context.recipient().id(),
                context.recipient().company(), files.get(0), letter.pages(), letter.files().get(0).bytes().length,
                files);
    }

    /** The PDF writer, built on first use (it parses the fonts) and shared by every letter. */
    private synchronized PdfRenderer pdf() {
        if (pdf == null) {
            pdf = new PdfRenderer(style);
        }
        return pdf;
    }
}
