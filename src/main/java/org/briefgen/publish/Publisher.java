package org.briefgen.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveHead;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.i18n.Messages;
import org.briefgen.merge.FileNames;
import org.briefgen.render.pdf.PdfRenderer;

/**
 * Writes a campaign's publication: the web pages, the PDF report, and copies of the letters, the
 * briefing and the responses that may be published. The archive is read a page of companies at a time
 * ({@link Companies}), and each file is written as it is made (memory does not grow with the number of
 * companies beyond a line of each), then the folder's contents are replaced. The same archive and day
 * give the same bytes: nothing here reads the clock, and every list is in a fixed order.
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

    /**
     * A report of more companies than this is made company by company as it is written to its file
     * ({@link PdfRenderer#write}), in memory that does not grow with it; one of up to this many is made
     * as one document and its PDF in memory (laid out page by page all the same, as every document
     * that is not a letter is).
     */
    static final int REPORT_IN_MEMORY = 300;

    /** Companies made (copies and page written) ahead of the report's layout, at most. */
    private static final int AHEAD = 32;

    /**
     * Publishes from {@code archive}, whose files are in the output folder {@code out}. The files are
     * written as they are made into a folder beside {@code to}, which replaces its contents once
     * everything is written: a run that fails leaves the publication that was there as it was.
     */
    public Published publish(Archive archive, Path out, Options options) {
        PublicationFolder folder = PublicationFolder.check(options.to());
        String campaign = campaign(archive.pages().campaigns(), options.campaign(), archive.describe());
        Labels labels = new Labels(options.words().apply(campaign));
        Companies companies = Companies.of(archive, campaign, options.asOf());
        Publication publication = companies.publication();
        ArchiveHead head = archive.head();
        try (PublicationFolder.Staging files = folder.stage()) {
            String briefing = null;
            Path briefingPdf = out.resolve(FileNames.slug(campaign)).resolve("briefing.pdf");
            if (Files.isRegularFile(briefingPdf)) {
                briefing = "briefing.pdf";
                files.put(briefing, CompanyFiles.read(briefingPdf));
            }
            SitePages site = new SitePages(publication, briefing, labels, head.text());
            files.put("index.html", site.index().getBytes(StandardCharsets.UTF_8));
            files.put("style.css", resource("style.css"));
            // the archive read again, a page of companies at a time: each company's copies and page are
            // written as they are made, and its part of the report laid out (then none of it is kept)
            Iterator<CompanyRecord> records = companies.iterator();
            Iterator<CompanyPage> made = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public CompanyPage next() {
                    Map<String, byte[]> letterCopies = new HashMap<>();
                    CompanyPage page = CompanyFiles.page(archive, records.next(), options.redact(), (path, bytes) -> {
                        if (path.startsWith("letters/")) {
                            letterCopies.put(path, bytes);
                        }
                        files.put(path, bytes);
                    }, labels);
                    files.put(page.page(), site.company(page, letterCopies.get(page.letterFile())).getBytes(
                            StandardCharsets.UTF_8));
                    return page;
                }
            };
            // made on a thread of their own, a few companies ahead of the report's layout (which alone
            // uses the other core); only that thread reads the archive until the last company is made
            try (Ahead<CompanyPage> pages = new Ahead<>(made, AHEAD, "briefgen-publish-companies")) {
                report(publication, pages, briefing, labels, head, files);
            }
            List<String> written = files.commit();
            written.add(0, PublicationFolder.MARKER);
            return new Published(folder.root(), publication, written, head);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publication into " + options.to() + ": " + e
                    .getMessage(), e);
        }
    }

    /**
     * {@code report.pdf}, of each company as {@code pages} makes it: made as one document for a campaign of
     * up to {@link #REPORT_IN_MEMORY} companies; for a larger one, written as it is laid out, each company's
     * part made when it is reached.
     */
    private void report(Publication publication, Iterator<CompanyPage> pages, String briefing, Labels labels,
            ArchiveHead head, PublicationFolder.Staging files) throws IOException {
        if (publication.companies().size() <= REPORT_IN_MEMORY) {
            List<CompanyPage> whole = new ArrayList<>();
            pages.forEachRemaining(whole::add);
            files.put("report.pdf", renderer.render(ReportDocument.of(publication, whole, briefing, this::drawable,
                    labels, head.text())).bytes());
            return;
        }
        Iterator<Block> parts = new BatchedIterator<>() {
            @Override
            protected boolean nextBatch(Deque<Block> ready) {
                if (!pages.hasNext()) {
                    return false;
                }
                ready.addAll(ReportDocument.company(pages.next(), publication, Publisher.this::drawable, labels));
                return true;
            }
        };
        renderer.write(ReportDocument.head(publication, briefing, labels, head.text()), parts, files.path(
                "report.pdf"));
        files.written("report.pdf");
    }

    /** Whether the report's fonts draw every character of {@code text} (a reply may be in any script). */
    private boolean drawable(String text) {
        Document probe = new Document(new DocumentInfo(null, null, null, null, null, null, null), null, List.of(
                new Block.Paragraph(List.of(new Inline.Text(text)))), List.of());
        return renderer.undrawable(probe).isEmpty();
    }

    private static String campaign(List<String> held, String asked, String archive) {
        TreeSet<String> campaigns = new TreeSet<>(held);
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

    private static byte[] resource(String name) {
        try (InputStream in = Publisher.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
