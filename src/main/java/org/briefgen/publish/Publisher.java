package org.briefgen.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.Sha256;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.i18n.Messages;
import org.briefgen.merge.FileNames;
import org.briefgen.render.pdf.PdfRenderer;

/**
 * Writes a campaign's publication: the web pages, the PDF report, and copies of the letters, the
 * briefing and the responses that may be published. Everything is made in memory first, then the
 * folder's contents are replaced. The same archive and day give the same bytes: nothing here
 * reads the clock, and every list is in a fixed order.
 */
public final class Publisher {

    /**
     * What to publish: {@code campaign} (null: the archive's only one), as on {@code asOf}, into {@code to};
     * {@code words} gives the messages of the campaign published (by its id), in its language.
     */
    public record Options(String campaign, LocalDate asOf, Path to, boolean redact,
            Function<String, Messages> words) {

        /** In briefgen's own British English, whatever the campaign. */
        public Options(String campaign, LocalDate asOf, Path to, boolean redact) {
            this(campaign, asOf, to, redact, id -> Labels.ENGLISH.messages());
        }
    }

    /**
     * What was published: the folder, the publication, every file written (relative paths, sorted),
     * and the head of the archive it was published from.
     */
    public record Published(Path folder, Publication publication, List<String> files, ArchiveHead head) {
    }

    private final PdfRenderer renderer;

    /** {@code renderer} writes the PDF report in the house style. */
    public Publisher(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** Publishes from {@code archive}, whose files are in the output folder {@code out}. */
    public Published publish(Archive archive, Path out, Options options) {
        PublicationFolder folder = PublicationFolder.check(options.to());
        List<IssuedLetter> letters = archive.letters();
        String campaign = campaign(letters, options.campaign(), archive.describe());
        Labels labels = new Labels(options.words().apply(campaign));
        Publication publication = Correspondence.of(campaign, letters, archive.responses(), archive.deliveries(),
                archive.inboxMessages(), options.asOf());
        Map<String, byte[]> files = new TreeMap<>();
        List<CompanyPage> pages = new ArrayList<>();
        for (CompanyRecord r : publication.companies()) {
            pages.add(page(archive, r, options.redact(), files, labels));
        }
        String briefing = null;
        Path briefingPdf = out.resolve(FileNames.slug(campaign)).resolve("briefing.pdf");
        if (Files.isRegularFile(briefingPdf)) {
            briefing = "briefing.pdf";
            files.put(briefing, read(briefingPdf));
        }
        ArchiveHead head = archive.head();
        SitePages site = new SitePages(publication, pages, briefing, labels, head.text()).withFiles(files);
        files.put("index.html", site.index().getBytes(StandardCharsets.UTF_8));
        for (CompanyPage page : pages) {
            files.put(page.page(), site.company(page).getBytes(StandardCharsets.UTF_8));
        }
        files.put("style.css", resource("style.css"));
        files.put("report.pdf", renderer.render(ReportDocument.of(publication, pages, briefing, this::drawable, labels,
                head.text()))
                .bytes());
        try {
            folder.write(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publication into " + options.to() + ": " + e
                    .getMessage(), e);
        }
        List<String> written = new ArrayList<>(files.keySet());
        written.add(0, PublicationFolder.MARKER);
        return new Published(folder.root(), publication, written, head);
    }

    /** Whether the report's fonts draw every character of {@code text} (a reply may be in any script). */
    private boolean drawable(String text) {
        Document probe = new Document(new DocumentInfo(null, null, null, null, null, null, null), null, List.of(
                new Block.Paragraph(List.of(new Inline.Text(text)))), List.of());
        return renderer.undrawable(probe).isEmpty();
    }

    private static String campaign(List<IssuedLetter> letters, String asked, String archive) {
        TreeSet<String> campaigns = new TreeSet<>();
        letters.forEach(l -> campaigns.add(l.campaign()));
        if (asked != null) {
            if (!campaigns.contains(asked)) {
                throw new PublishException("the archive " + archive + " holds no letter of campaign '" + asked + "'"
                        + (campaigns.isEmpty() ? "" : " (it holds " + String.join(", ", campaigns) + ")"));
            }
            return asked;
        }
        if (campaigns.isEmpty()) {
            throw new PublishException("the archive " + archive + " holds no letters yet: issue them first"
                    + " (briefgen generate)");
        }
        if (campaigns.size() > 1) {
            throw new PublishException("the archive " + archive + " holds several campaigns (" + String.join(", ",
                    campaigns) + "): name one with --campaign ID");
        }
        return campaigns.first();
    }

    private static CompanyPage page(Archive archive, CompanyRecord r, boolean redact, Map<String, byte[]> files,
            Labels labels) {
        String page = "companies/" + name(r.letter().reference()) + "-" + FileNames.slug(r.company()) + ".html";
        String letterFile = copyPdf(archive, r.letter(), files);
        List<String> followUps = new ArrayList<>();
        r.followUps().forEach(f -> followUps.add(copyPdf(archive, f, files)));
        Response response = r.response();
        if (response == null || response.notForPublication()) {
            return new CompanyPage(r, page, letterFile, followUps, null, null, null, null, redact);
        }
        Redaction redaction = redact ? Redaction.keeping(r.letter().channels(), labels) : Redaction.NONE;
        String summary = redaction.apply(ReplyText.clean(response.summary()));
        if (response.file() == null) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, null, redact);
        }
        byte[] bytes = verified(archive, response.file(), "the response of " + r.letter().reference());
        String extension = extension(response.file().path());
        String copy = "responses/" + name(response.reference()) + "-" + response.entryNo() + (extension.isEmpty()
                ? "" : "." + extension);
        Optional<ReplyText> text = ReplyText.of(response.file().path(), bytes);
        ReplyText reply = text.map(t -> new ReplyText(redaction.apply(t.subject()), t.date(), redaction.apply(t
                .body()))).orElse(null);
        String kind = extension.isEmpty() ? "binary" : extension.toUpperCase(Locale.ROOT);
        if (!redact && ActiveContent.copiable(extension)) {
            files.put(copy, bytes);
            return new CompanyPage(r, page, letterFile, followUps, summary, reply, copy, null, false);
        }
        if (!redact && reply == null) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, labels.get(
                    "company.responseActive", "kind", kind), false);
        }
        if (reply == null) {
            return binary(r, page, letterFile, followUps, summary, bytes, extension, copy, redaction, files,
                    labels);
        }
        // the reply's text, redacted, stands for the file as received (whose headers name people)
        String asText = copy.substring(0, copy.length() - extension.length() - (extension.isEmpty() ? 0 : 1))
                + ".txt";
        files.put(asText, reply.asText(labels).getBytes(StandardCharsets.UTF_8));
        // an HTML, SVG or XML reply is never copied: a browser would run what it holds
        return new CompanyPage(r, page, letterFile, followUps, summary, reply, asText, ActiveContent.copiable(
                extension) ? null : labels.get("company.responseAsText", "kind", kind), redact);
    }

    /**
     * A reply briefgen cannot read as text: a PDF is published with its contact details removed, when
     * that can be done for sure; any other file (and a PDF that draws images) is not copied.
     */
    private static CompanyPage binary(CompanyRecord r, String page, String letterFile, List<String> followUps,
            String summary, byte[] bytes, String extension, String copy, Redaction redaction,
            Map<String, byte[]> files, Labels labels) {
        String kind = extension.isEmpty() ? "binary" : extension.toUpperCase(Locale.ROOT);
        if (!extension.equals("pdf")) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, labels.get(
                    "company.responseWithheld", "kind", kind), true);
        }
        PdfRedaction.Result redacted = PdfRedaction.of(bytes, redaction);
        if (redacted.pdf() == null) {
            return new CompanyPage(r, page, letterFile, followUps, summary, null, null, labels.get(
                    redacted.refusal() == PdfRedaction.Refusal.IMAGES ? "company.responseImages"
                            : "company.responseWithheld",
                    "kind", kind), true);
        }
        files.put(copy, redacted.pdf());
        return new CompanyPage(r, page, letterFile, followUps, summary, null, copy, null, true);
    }

    /** Copies a letter's PDF as {@code letters/<name>.pdf}; null when it was issued without one. */
    private static String copyPdf(Archive archive, IssuedLetter letter, Map<String, byte[]> files) {
        Optional<RecordedFile> pdf = letter.files().stream().filter(f -> f.path().toLowerCase(Locale.ROOT).endsWith(
                ".pdf")).findFirst();
        if (pdf.isEmpty()) {
            return null;
        }
        String path = pdf.get().path();
        String copy = "letters/" + name(path.substring(path.lastIndexOf('/') + 1, path.length() - 4)) + ".pdf";
        files.put(copy, verified(archive, pdf.get(), "letter " + letter.reference()));
        return copy;
    }

    private static byte[] verified(Archive archive, RecordedFile file, String what) {
        Path path = archive.file(file);
        if (!Files.isRegularFile(path)) {
            throw new PublishException(path + ": the file of " + what + " is missing (archive export --files DIR"
                    + " writes the files the archive keeps)");
        }
        byte[] bytes = read(path);
        if (!Sha256.of(bytes).equals(file.sha256())) {
            throw new PublishException(path + ": the file of " + what + " is not as it was recorded (archive"
                    + " verify names every such file); it is not published");
        }
        return bytes;
    }

    /** A name safe on every file system and in a URL: lower-case letters, digits, '-', '_' and '.'. */
    static String name(String text) {
        String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "")
                .replaceAll("\\.{2,}", ".");
        return name.isEmpty() ? "file" : name;
    }

    private static String extension(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String extension = dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Publisher.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
