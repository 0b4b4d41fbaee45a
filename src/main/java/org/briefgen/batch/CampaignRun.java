package org.briefgen.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.briefgen.batch.IssueReport.WrittenBriefing;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.document.Document;
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
 * (templates, house style, fonts, writers) are built once here and shared by every letter; the
 * briefings are {@link Briefings}', the checks {@link CampaignCheck}'s and {@link LanguageCheck}'s;
 * {@link CampaignIssuer} writes the files and records them. Opened through {@link Campaigns}.
 */
public final class CampaignRun {

    /** Templates besides the letter, the briefing and the formats' own whose translations are checked. */
    private static final String SUMMARY_TEMPLATE = "summary.md.ftl";

    private final CampaignData data;
    private final Path templates;
    private final OutputFormats registry;
    private final TemplateEngine engine;
    private final LetterPreparer letters;
    private final HouseStyle style;
    private final Set<OutputFormat> asked;
    private final Briefings briefings;
    private PdfRenderer pdf;
    private final Object fonts = new Object();
    private LetterWriter writer;
    private LanguageCheck.Found languages;
    private volatile LetterSigner signer;

    /**
     * A run making {@code formats} from {@code registry}; none means the campaign's {@code formats}, or
     * else the defaults. A format chosen by name that cannot be made is an error; one chosen by default is
     * left out for the letters that cannot have it, and each such letter says why.
     */
    CampaignRun(CampaignData data, Path templates, OutputFormats registry, Set<OutputFormat> formats) {
        this.data = data;
        this.templates = templates;
        this.registry = registry;
        this.engine = new TemplateEngine(templates, MessageCatalog.load(templates, data.campaign().language()));
        this.letters = new LetterPreparer(data, templates, engine);
        this.style = HouseStyle.load(templates.resolve(data.campaign().styleFile()));
        this.asked = Set.copyOf(formats);
        this.briefings = new Briefings(data, letters, this::pdf, this::issued);
    }

    /** The run's writers (for the formats asked, else the campaign's, else the default ones), built on first use. */
    private synchronized LetterWriter writer() {
        if (writer == null) {
            List<OutputFormat> formats = registry.forRun(asked, data);
            writer = new LetterWriter(formats, new FormatContext(data, templates, engine, style,
                    !asked.isEmpty() || !data.campaign().formats().isEmpty(), this::pdf, this::briefingPdf,
                    this::issued));
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
        return new CampaignRun(data, templates, registry, asked);
    }

    /** The research briefing's PDF in the campaign's language, as this run issues it; empty when it has none. */
    public Optional<byte[]> briefingBytes() {
        return writesBriefing() ? briefings.campaigns().map(PdfRenderer.Output::bytes) : Optional.empty();
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
     * Writes the research briefing to {@code out/<campaign-id>/briefing.pdf}, atomically, then its
     * translation into each language the letters are in ({@code briefing.fr-FR.pdf}) when its template
     * has one; the campaign's first, none when it has no briefing. Issuing writes them itself.
     */
    public List<WrittenBriefing> writeBriefings(Path out) {
        return briefings.write(out);
    }

    /**
     * The briefings that go with letters just issued into {@code out} (its campaign folder), when this
     * run's formats carry the briefing: the rule {@link CampaignIssuer} follows.
     */
    List<WrittenBriefing> briefingsWithLetters(Path out, boolean lettersWritten, boolean preview) {
        return writesBriefing() ? briefings.withLetters(out, lettersWritten, preview) : List.of();
    }

    /**
     * Makes the briefing in the campaign's language, when this run writes it, for {@link #briefingsWithLetters}
     * to write (it is made once a run, whoever asks first).
     */
    void briefingAhead() {
        if (writesBriefing()) {
            briefings.campaigns();
        }
    }

    /** Whether this run's files call for the briefing: one of its formats carries it. */
    public boolean writesBriefing() {
        return writer().formats().stream().anyMatch(OutputFormat::carriesBriefing);
    }

    /** The bytes of the briefing every e-mail in {@code language} carries beside the letter. */
    private Optional<byte[]> briefingPdf(String language) {
        return briefings.in(language).map(PdfRenderer.Output::bytes);
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
            List<OutputFormat> formats = writer().formats();
            Stream.concat(formats.stream().flatMap(f -> f.templates().stream()), Stream.of(SUMMARY_TEMPLATE))
                    .filter(t -> !templates.contains(t)).forEach(templates::add);
            // a campaign that never chases has no follow-up template: nothing to translate then
            String followUp = data.campaign().followUpTemplate();
            if (followUp != null && !templates.contains(followUp) && Files.isRegularFile(engine.folder().resolve(
                    followUp))) {
                templates.add(followUp);
            }
            languages = new LanguageCheck(data, engine, letters.merger(), formats).run(templates);
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
        return check(jobs, checked, EarlyLetters.NONE);
    }

    /** As {@link #check(int, IntConsumer)}, rendering the letters that pass into {@code early}. */
    List<Failure> check(int jobs, IntConsumer checked, EarlyLetters early) {
        if (!languages().errors().isEmpty()) {
            early.failed();
        }
        List<Failure> failures = new CampaignCheck(data.recipients(), letters, writer(), this::pdf, early).run(jobs,
                checked);
        if (!languages().errors().isEmpty()) {
            // translations are the campaign's: with them wrong, no letter is made, and every problem is told at once
            List<String> all = new ArrayList<>(languages().errors());
            all.addAll(Failure.messages(failures));
            throw new InvalidCampaignException(all);
        }
        return failures;
    }

    /**
     * Why the letter of {@code context} to {@code recipient} cannot be made (none: it can), checked as
     * {@link #check()} checks the campaign's letters; nothing is rendered.
     */
    List<Failure> check(Recipient recipient, LetterContext context) {
        return CampaignCheck.check(recipient, () -> letters.prepare(context), writer(), pdf());
    }

    /** Every file of one letter in the run's formats, rendered in memory (no file is written). */
    public RenderedLetter render(PreparedLetter letter) {
        LetterWriter.Made made = writer().write(letter);
        return new RenderedLetter(letter, made.files().stream()
                .map(f -> new RenderedLetter.File(f.name(), f.bytes())).toList(), made.pages(), made.skipped());
    }

    /** The PDF writer, built on first use (it parses the fonts, under a lock of its own) and shared by every letter. */
    private PdfRenderer pdf() {
        synchronized (fonts) {
            if (pdf == null) {
                pdf = new PdfRenderer(style);
            }
            return pdf;
        }
    }

    /**
     * Starts parsing the house style's fonts on a thread of its own, while the run opens its archive and checks its
     * templates. A failure is not told there: the run parses them again when it needs them, and fails as ever.
     */
    public void fontsAhead() {
        new DaemonThreads("briefgen-fonts-").newThread(() -> {
            try {
                pdf();
            } catch (RuntimeException | Error e) {
                // told where the run first needs its fonts
            }
        }).start();
    }
}
