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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.briefgen.archive.AtomicFiles;
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
 * into a {@link Document}, write its files (PDF, Word, e-mail, post). The services (templates,
 * house style, fonts, writers) are built once here and shared by every letter.
 */
public final class CampaignRun {

    /** Letters checked as one task when the check runs on several threads. */
    private static final int CHECK_SLICE = 50;

    private final CampaignData data;
    private final Path templates;
    private final TemplateEngine engine;
    private final MarkdownReader reader = new MarkdownReader();
    private final Merger merger;
    private final HouseStyle style;
    private final Set<OutputFormat> asked;
    private PdfRenderer pdf;
    private LetterWriter writer;
    private Optional<byte[]> briefingPdf;

    /** A run writing the campaign's formats (its {@code formats} key, or else all). */
    public CampaignRun(CampaignData data, Path templates) {
        this(data, templates, Set.of());
    }

    /** A run writing {@code formats}; none means the campaign's {@code formats}, or else all. */
    public CampaignRun(CampaignData data, Path templates, Set<OutputFormat> formats) {
        this.data = data;
        this.templates = templates;
        this.engine = new TemplateEngine(templates);
        this.merger = new Merger(data);
        Path styleFile = templates.resolve(data.campaign().styleFile());
        this.style = HouseStyle.load(styleFile);
        this.asked = Set.copyOf(formats);
    }

    /** The writers for {@code chosen}, else the campaign's formats, else the default ones ({@link OutputFormats}). */
    private LetterWriter writer(Set<OutputFormat> chosen) {
        OutputFormats known = OutputFormats.installed();
        boolean campaignNames = !data.campaign().formats().isEmpty();
        List<OutputFormat> formats = !chosen.isEmpty() ? known.inOrder(chosen)
                : campaignNames ? known.named(data) : known.defaults();
        return new LetterWriter(formats, new FormatContext(data, templates, engine, style,
                !chosen.isEmpty() || campaignNames, this::pdf, this::briefingPdf));
    }

    /** The run's writers, built on first use and shared by every letter. */
    private synchronized LetterWriter writer() {
        if (writer == null) {
            writer = writer(asked);
        }
        return writer;
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
        return briefing().map(output -> {
            Path file = out.resolve(data.campaign().id()).resolve("briefing.pdf");
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, output.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return new WrittenLetter("", "", "research briefing", file, output.pages(), output.bytes().length);
        });
    }

    /** Whether this run's files call for the briefing: it goes with the PDF letters and in every e-mail. */
    public boolean writesBriefing() {
        List<OutputFormat> formats = writer().formats();
        return formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.EML);
    }

    private Optional<PdfRenderer.Output> briefing() {
        return prepareBriefing().map(document -> pdf().render(document));
    }

    /** The briefing's PDF, made once per run: every e-mail carries it beside the letter. */
    private synchronized Optional<byte[]> briefingPdf() {
        if (briefingPdf == null) {
            briefingPdf = briefing().map(PdfRenderer.Output::bytes);
        }
        return briefingPdf;
    }

    /**
     * Prepares every letter and the briefing, and reports every recipient whose letter cannot be made;
     * writes nothing.
     * Returns the number of letters checked.
     */
    public int validate() {
        return validate(writer());
    }

    private int validate(LetterWriter writer) {
        List<Failure> failures = check(writer);
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
        return check(writer());
    }

    /**
     * As {@link #check()}, on {@code jobs} threads; {@code checked} hears, on the calling thread, how
     * many letters have been checked so far. The failures come in the recipients' order, whatever
     * {@code jobs} is.
     */
    public List<Failure> check(int jobs, IntConsumer checked) {
        return check(writer(), jobs, checked);
    }

    private List<Failure> check(LetterWriter writer) {
        return check(writer, 1, n -> {
        });
    }

    private List<Failure> check(LetterWriter writer, int jobs, IntConsumer checked) {
        engine.check(data.campaign().letterTemplate());
        Optional<Document> briefing = prepareBriefing();
        writer.checkCampaign();
        List<Failure> failures = new ArrayList<>();
        List<Recipient> recipients = data.recipients();
        PdfRenderer pdf = pdf();
        // slices of the recipients, checked in parallel and collected in order
        List<Callable<List<Failure>>> slices = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += CHECK_SLICE) {
            int start = from;
            int end = Math.min(recipients.size(), from + CHECK_SLICE);
            slices.add(() -> check(writer, pdf, recipients, start, end));
        }
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs, daemon("briefgen-check-")) : null;
        try {
            List<Future<List<Failure>>> results = new ArrayList<>();
            if (pool != null) {
                slices.forEach(slice -> results.add(pool.submit(slice)));
            }
            for (int i = 0; i < slices.size(); i++) {
                failures.addAll(pool != null ? result(results.get(i)) : slices.get(i).call());
                checked.accept(Math.min(recipients.size(), (i + 1) * CHECK_SLICE));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the letters", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        checkBriefing(briefing, failures);
        return failures;
    }

    private List<Failure> check(LetterWriter writer, PdfRenderer pdf, List<Recipient> recipients, int from, int to) {
        List<Failure> failures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Recipient recipient = recipients.get(i);
            try {
                PreparedLetter letter = prepare(recipient, i + 1);
                writer.checkLetter(letter);
                pdf.undrawable(letter.document()).forEach(u -> failures.add(new Failure(recipient, null,
                        undrawable(recipient, u))));
            } catch (TemplateProblem e) {
                failures.add(new Failure(recipient, e.placeAndProblem(), null));
            }
        }
        return failures;
    }

    /**
     * Refuses the campaign if any text of its briefing cannot be drawn, with the letters' own
     * {@code failures} reported beside (the briefing names every company, so a name no font has
     * fails both, and the letter's message says which field holds it).
     */
    private void checkBriefing(Optional<Document> briefing, List<Failure> failures) {
        if (briefing.isEmpty()) {
            return;
        }
        List<String> problems = pdf().undrawable(briefing.get()).stream().map(u -> templates.resolve(
                data.campaign().briefingTemplate()) + " (the research briefing): " + undrawable(null, u)).toList();
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>(Failure.messages(failures));
            all.addAll(problems);
            throw new InvalidCampaignException(all);
        }
    }

    /**
     * Why a text of a recipient's letter (or, with no recipient, of the briefing) cannot be printed, naming the recipient's field that holds
     * it (when one does), its characters and their Unicode blocks, and what to do.
     */
    private String undrawable(Recipient recipient, PdfRenderer.Undrawable u) {
        List<Integer> all = new ArrayList<>(u.uncovered());
        all.addAll(u.unshapable());
        String field = recipient == null ? null : field(recipient, all);
        String where = field == null ? "\"" + excerpt(u.text(), all.get(0)) + "\""
                : field + " \"" + excerpt(u.text(), all.get(0)) + "\"";
        if (!u.uncovered().isEmpty()) {
            return where + " has characters no font of the house style covers: " + describe(u.uncovered())
                    + "; list a font that has them under fallback_fonts in the style file";
        }
        return where + " is in a script that needs a text shaping engine, which briefgen's PDF writer lacks: "
                + describe(u.unshapable());
    }

    /** A long text cut to the words around {@code codePoint}, marked with ellipses where cut. */
    private static String excerpt(String text, int codePoint) {
        if (text.length() <= 80) {
            return text;
        }
        int at = Math.max(0, text.indexOf(codePoint));
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 30)));
        int to = text.indexOf(' ', Math.min(text.length(), at + 40));
        to = to < 0 ? text.length() : to;
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    /**
     * The recipient's field ("company", "address line 2", a column's name) holding all the characters,
     * the shortest such (a short name inside the company's name is the one a paragraph used).
     */
    private static String field(Recipient r, List<Integer> codePoints) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("company", r.company());
        fields.put("short_name", r.shortName());
        fields.put("contact_name", r.contactName());
        fields.put("salutation", r.salutation());
        for (int i = 0; i < r.address().size(); i++) {
            fields.put("address line " + (i + 1), r.address().get(i));
        }
        for (int i = 0; i < r.products().size(); i++) {
            fields.put(r.products().size() == 1 ? "products" : "products (" + (i + 1) + ")", r.products().get(i));
        }
        fields.put("handle", r.handle());
        fields.putAll(r.extra());
        String best = null;
        int length = Integer.MAX_VALUE;
        for (var e : fields.entrySet()) {
            String value = e.getValue();
            if (value != null && value.length() < length && codePoints.stream().allMatch(cp -> value.indexOf(cp) >= 0)) {
                best = "field " + e.getKey();
                length = value.length();
            }
        }
        return best;
    }

    /** A slice's failures; its exception, if it threw, as thrown. */
    private static List<Failure> result(Future<List<Failure>> slice) throws InterruptedException {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Daemon threads named {@code prefix} and a number. */
    static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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
     * Validates the whole campaign, then writes each recipient's files into {@code out/<campaign-id>/}
     * in the run's formats, each atomically; {@code written} hears of each letter as it lands.
     * Nothing is recorded: issuing (with the archive) is {@link Issuing}'s work.
     */
    public List<WrittenLetter> generate(Path out, Consumer<WrittenLetter> written) {
        return generate(out, writer(), written);
    }

    /**
     * As {@link #generate(Path, Consumer)}, in {@code formats} (none: the campaign's {@code formats},
     * or else all). A format chosen by name that cannot be made is an error; one chosen by default
     * is left out for the letters that cannot have it, and each such letter says why.
     */
    public List<WrittenLetter> generate(Path out, Set<OutputFormat> formats, Consumer<WrittenLetter> written) {
        return generate(out, writer(formats), written);
    }

    private List<WrittenLetter> generate(Path out, LetterWriter writer, Consumer<WrittenLetter> written) {
        validate(writer);
        Path folder = out.resolve(data.campaign().id());
        List<WrittenLetter> letters = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            List<Recipient> recipients = data.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                WrittenLetter w = write(render(prepare(recipients.get(i), i + 1), writer), folder);
                letters.add(w);
                written.accept(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
        return letters;
    }

    /** Every file of one letter in the run's formats, made in memory. */
    public RenderedLetter render(PreparedLetter letter) {
        return render(letter, writer());
    }

    private static RenderedLetter render(PreparedLetter letter, LetterWriter writer) {
        LetterWriter.Made made = writer.write(letter);
        return new RenderedLetter(letter, made.files().stream()
                .map(f -> new RenderedLetter.File(f.name(), f.bytes())).toList(), made.pages(), made.skipped());
    }

    /** Writes a rendered letter's files into {@code folder}, each atomically. */
    public WrittenLetter write(RenderedLetter letter, Path folder) throws IOException {
        return write(letter, folder, Map.of());
    }

    /**
     * Writes a rendered letter's files into {@code folder}, each atomically: those {@link #stage}d
     * (by file name) are renamed into place, the others written here.
     */
    WrittenLetter write(RenderedLetter letter, Path folder, Map<String, Path> staged) throws IOException {
        List<Path> files = new ArrayList<>();
        for (RenderedLetter.File file : letter.files()) {
            Path path = folder.resolve(file.name());
            Path temp = staged.get(file.name());
            if (temp != null && Files.exists(temp)) {
                AtomicFiles.place(temp, path);
            } else {
                AtomicFiles.write(path, file.bytes());
            }
            files.add(path);
        }
        LetterContext context = letter.letter().context();
        return new WrittenLetter(context.letter().reference(), context.recipient().id(),
                context.recipient().company(), files.isEmpty() ? null : files.get(0), letter.pages(),
                letter.files().isEmpty() ? 0 : letter.files().get(0).bytes().length, files, letter.skipped());
    }

    /**
     * Writes a rendered letter's files into {@code folder} under their temporary names, forced to
     * the disk, ready for {@link #write(RenderedLetter, Path, Map)} to rename; returns them by name.
     */
    Map<String, Path> stage(RenderedLetter letter, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> staged = new LinkedHashMap<>();
        try {
            for (RenderedLetter.File file : letter.files()) {
                staged.put(file.name(), AtomicFiles.stage(folder.resolve(file.name()), file.bytes()));
            }
        } catch (IOException | RuntimeException e) {
            unstage(staged);
            throw e;
        }
        return staged;
    }

    /** Deletes staged files that were not renamed into place. */
    static void unstage(Map<String, Path> staged) {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover of a finished run: the next run in this folder removes it
            }
        }
    }

    /** The PDF writer, built on first use (it parses the fonts) and shared by every letter. */
    private synchronized PdfRenderer pdf() {
        if (pdf == null) {
            pdf = new PdfRenderer(style);
        }
        return pdf;
    }
}
