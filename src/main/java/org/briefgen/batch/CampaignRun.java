package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.document.Document;
import org.briefgen.files.AtomicFiles;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.merge.FollowUp;
import org.briefgen.merge.LetterContext;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.sign.LetterSigner;
import org.briefgen.template.TemplateEngine;

/**
 * The pipeline for one campaign: merge each recipient, render the template to Markdown, read it
 * into a {@link Document}, render its files (PDF, Word, e-mail, post) in memory. The services
 * (templates, house style, fonts, writers) are built once here and shared by every letter;
 * {@link CampaignIssuer} writes the files and records them.
 */
public final class CampaignRun {

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final LetterPreparer letters;
    private final HouseStyle style;
    private final Set<OutputFormat> asked;
    /** Templates besides the letter and briefing whose translations are checked: the post, the summary. */
    private static final List<String> TEMPLATES_WITH_TRANSLATIONS = List.of(PostFormat.POST_TEMPLATE,
            "summary.md.ftl");
    private PdfRenderer pdf;
    private LetterWriter writer;
    private final Map<String, Optional<PdfRenderer.Output>> briefingPdfs = new HashMap<>();
    private LanguageCheck.Found languages;
    private volatile LetterSigner signer;

    /** A run making the campaign's formats (its {@code formats} key, or else all). */
    public CampaignRun(CampaignData data, Path templates) {
        this(data, templates, Set.of());
    }

    /**
     * A run making {@code formats}; none means the campaign's {@code formats}, or else all. A format
     * chosen by name that cannot be made is an error; one chosen by default is left out for the
     * letters that cannot have it, and each such letter says why.
     */
    public CampaignRun(CampaignData data, Path templates, Set<OutputFormat> formats) {
        this.data = data;
        this.templates = templates;
        this.engine = new TemplateEngine(templates, MessageCatalog.load(templates, data.campaign().locale()));
        this.letters = new LetterPreparer(data, templates, engine);
        Path styleFile = templates.resolve(data.campaign().styleFile());
        this.style = HouseStyle.load(styleFile);
        this.asked = Set.copyOf(formats);
    }

    /** The run's writers (for the formats asked, else the campaign's, else the default ones), built on first use. */
    private synchronized LetterWriter writer() {
        if (writer == null) {
            OutputFormats known = OutputFormats.installed();
            boolean campaignNames = !data.campaign().formats().isEmpty();
            List<OutputFormat> formats = !asked.isEmpty() ? known.inOrder(asked)
                    : campaignNames ? known.named(data) : known.defaults();
            writer = new LetterWriter(formats, new FormatContext(data, templates, engine, style,
                    !asked.isEmpty() || campaignNames, this::pdf, this::briefingPdf, this::issued));
        }
        return writer;
    }

    /**
     * Signs every PDF this run issues (letters, follow-ups, corrections, the briefings, the e-mails'
     * attachments) with {@code signer}, opened and checked once by the caller; call before rendering.
     */
    public CampaignRun signedBy(LetterSigner signer) {
        this.signer = signer;
        return this;
    }

    /** A run like this one (its data, templates and formats asked) that signs nothing: what an approval digests. */
    public CampaignRun unsigned() {
        return new CampaignRun(data, templates, asked);
    }

    /** The research briefing's PDF in the campaign's language, as this run issues it; empty when it has none. */
    public Optional<byte[]> briefingBytes() {
        return writesBriefing() ? briefing().map(PdfRenderer.Output::bytes) : Optional.empty();
    }

    /** Whether this run signs its PDFs. */
    public boolean signs() {
        return signer != null;
    }

    /** {@code pdf} as issued: signed when the run signs, else as rendered (byte for byte). */
    private PdfRenderer.Output issued(PdfRenderer.Output pdf) {
        LetterSigner s = signer;
        return s == null ? pdf : new PdfRenderer.Output(s.sign(pdf.bytes()), pdf.pages());
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
        return letters.prepare(recipient, sequence);
    }

    /** The context of the letter to {@code recipient} as the {@code sequence}-th of the campaign (pure). */
    public LetterContext merge(Recipient recipient, int sequence) {
        return letters.merge(recipient, sequence);
    }

    /**
     * The context of the follow-up to {@code recipient}, dated {@code date}, chasing {@code chain}
     * (the original letter first, as the archive recorded it), given the original's {@code sequence} (pure).
     */
    public LetterContext followUp(Recipient recipient, int sequence, LocalDate date, List<FollowUp.Request> chain) {
        return letters.followUp(recipient, sequence, date, chain);
    }

    /** Renders a merged letter's template and reads it into the document model (no file is written). */
    public PreparedLetter prepare(LetterContext context) {
        return letters.prepare(context);
    }

    /** Renders the campaign's research briefing into the document model, or empty when it has none. */
    public Optional<Document> prepareBriefing() {
        return letters.briefing();
    }

    /**
     * Writes the research briefing to {@code out/<campaign-id>/briefing.pdf}, atomically; empty when
     * the campaign has none. Call after issuing, whose check has validated it.
     */
    public Optional<WrittenBriefing> writeBriefing(Path out) {
        return writeBriefings(out).stream().findFirst();
    }

    /**
     * Writes the research briefing as {@link #writeBriefing} does, then its translation into each
     * language the letters are in ({@code briefing.fr-FR.pdf}), when its template has one; the
     * campaign's first, none when it has no briefing.
     */
    public List<WrittenBriefing> writeBriefings(Path out) {
        List<WrittenBriefing> written = new ArrayList<>();
        Optional<PdfRenderer.Output> main = briefing();
        if (main.isEmpty()) {
            return written;
        }
        written.add(write(out.resolve(data.campaign().id()).resolve("briefing.pdf"), main.get()));
        data.recipients().stream().map(r -> letters.merger().languageOf(r)).distinct()
                .filter(language -> !letters.briefingLanguage(language).equals(data.campaign().locale()))
                .forEach(language -> briefingOutput(language).ifPresent(output -> written.add(write(out.resolve(
                        data.campaign().id()).resolve("briefing." + language + ".pdf"), output))));
        return written;
    }

    private static WrittenBriefing write(Path file, PdfRenderer.Output output) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, output.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return new WrittenBriefing(file, output.pages(), output.bytes().length);
    }

    /** Whether this run's files call for the briefing: it goes with the PDF letters and in every e-mail. */
    public boolean writesBriefing() {
        List<OutputFormat> formats = writer().formats();
        return formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.EML);
    }

    private Optional<PdfRenderer.Output> briefing() {
        return briefingOutput(data.campaign().locale());
    }

    /** The bytes of {@link #briefingOutput}, which every e-mail in {@code language} carries beside the letter. */
    private Optional<byte[]> briefingPdf(String language) {
        return briefingOutput(language).map(PdfRenderer.Output::bytes);
    }

    /**
     * The briefing's PDF for a letter in {@code language} (its translation, else the campaign's), made
     * (and signed) once per run and language: the file written beside the letters and the copy each
     * e-mail attaches are the same bytes.
     */
    private synchronized Optional<PdfRenderer.Output> briefingOutput(String language) {
        return briefingPdfs.computeIfAbsent(letters.briefingLanguage(language), in -> letters.briefing(in).map(
                document -> issued(pdf().render(document))));
    }

    /**
     * What the user should know that stops nothing: the data's warnings, then the translations'
     * (a recipient whose language has no translation, words a translated letter prints untranslated).
     */
    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(data.warnings());
        all.addAll(languages().warnings());
        return all;
    }

    /** Every translation problem of the campaign, checked once per run. */
    private synchronized LanguageCheck.Found languages() {
        if (languages == null) {
            List<String> templates = new ArrayList<>(List.of(data.campaign().letterTemplate()));
            if (data.campaign().briefingTemplate() != null) {
                templates.add(data.campaign().briefingTemplate());
            }
            templates.addAll(TEMPLATES_WITH_TRANSLATIONS.stream().filter(t -> !templates.contains(t)).toList());
            // a campaign that never chases has no follow-up template: nothing to translate then
            String followUp = data.campaign().followUpTemplate();
            if (followUp != null && !templates.contains(followUp) && Files.isRegularFile(engine.folder().resolve(
                    followUp))) {
                templates.add(followUp);
            }
            languages = new LanguageCheck(data, engine, letters.merger()).run(templates);
        }
        return languages;
    }

    /**
     * Prepares every letter and the briefing, and reports every recipient whose letter cannot be made;
     * writes nothing.
     * Returns the number of letters checked.
     */
    public int validate() {
        List<Failure> failures = check();
        if (!failures.isEmpty()) {
            throw new InvalidCampaignException(Failure.messages(failures));
        }
        return data.recipients().size();
    }

    /**
     * Checks the campaign as {@link #validate} does, but returns the recipients whose letters cannot
     * be made, each with why, rather than refusing them all; faults of the campaign as a whole
     * (a template that does not parse, a format that cannot be made) still throw.
     */
    public List<Failure> check() {
        return check(1, n -> {
        });
    }

    /**
     * As {@link #check()}, on {@code jobs} threads; {@code checked} hears, on the calling thread, how
     * many letters have been checked so far. The failures come in the recipients' order, whatever
     * {@code jobs} is.
     */
    public List<Failure> check(int jobs, IntConsumer checked) {
        List<Failure> failures = new CampaignCheck(data.recipients(), letters, writer(), this::pdf).run(jobs, checked);
        if (!languages().errors().isEmpty()) {
            // translations are the campaign's: with them wrong, no letter is made, and every problem is told at once
            List<String> all = new ArrayList<>(languages().errors());
            all.addAll(Failure.messages(failures));
            throw new InvalidCampaignException(all);
        }
        return failures;
    }

    /** Every file of one letter in the run's formats, rendered in memory (no file is written). */
    public RenderedLetter render(PreparedLetter letter) {
        LetterWriter.Made made = writer().write(letter);
        return new RenderedLetter(letter, made.files().stream()
                .map(f -> new RenderedLetter.File(f.name(), f.bytes())).toList(), made.pages(), made.skipped());
    }

    /** The PDF writer, built on first use (it parses the fonts) and shared by every letter. */
    private synchronized PdfRenderer pdf() {
        if (pdf == null) {
            pdf = new PdfRenderer(style);
        }
        return pdf;
    }
}
