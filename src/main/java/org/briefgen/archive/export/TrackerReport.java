package org.briefgen.archive.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentSyntaxException;
import org.briefgen.document.markdown.MarkdownReader;
import org.briefgen.merge.SurveyIndex;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.template.TemplateEngine;
import org.briefgen.template.TemplateFaultException;

/**
 * The publishable "company responses" page: the tracker's rows through {@code tracker.md.ftl},
 * the Markdown reader and the PDF writer, in the house style of {@code style.yaml}, like a letter.
 */
public final class TrackerReport {

    public static final String TEMPLATE = "tracker.md.ftl";
    public static final String STYLE = "style.yaml";

    /** What the template sees as {@code tracker}. */
    public record Page(String organisation, Day asOf, List<CampaignRows> campaigns) {
    }

    /** A date as ISO ({@code iso}) and as printed ({@code text}, which is also what {@code ${day}} prints). */
    public record Day(String iso, String text) {
        static Day of(LocalDate date) {
            return new Day(date.toString(), TrackerRow.text(date));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** One campaign's letters. */
    public record CampaignRows(String id, String title, String subject, List<Row> letters) {
    }

    /** One letter: {@code status} as a sentence, {@code statusKey} as exports write it. */
    public record Row(String reference, String company, Day issued, Day deadline, String status, String statusKey,
            Day responded, Integer daysTaken, Integer daysOverdue) {
    }

    private final Path templates;

    public TrackerReport(Path templates) {
        this.templates = templates;
    }

    /**
     * A page of more letters than this is written as it is laid out ({@link PdfRenderer#write}), in
     * memory that does not grow with its pages; one of up to this many is laid out whole, as before.
     */
    public static final int IN_MEMORY = 300;

    /** The page for {@code rows} as on {@code asOf}, as a PDF. */
    public PdfRenderer.Output pdf(List<TrackerRow> rows, LocalDate asOf) {
        return new PdfRenderer(HouseStyle.load(templates.resolve(STYLE))).render(document(rows, asOf));
    }

    /**
     * The page for {@code rows} as on {@code asOf} written to {@code file} (under a temporary name
     * beside it, renamed when whole); for more than {@link #IN_MEMORY} letters, page by page as laid
     * out. Returns the number of pages.
     */
    public int write(List<TrackerRow> rows, LocalDate asOf, Path file) {
        Document document = document(rows, asOf);
        PdfRenderer renderer = new PdfRenderer(HouseStyle.load(templates.resolve(STYLE)));
        if (rows.size() > IN_MEMORY && document.frame() == null) {
            return renderer.write(document, java.util.Collections.emptyIterator(), file);
        }
        PdfRenderer.Output pdf = renderer.render(document);
        try {
            Path parent = file.toAbsolutePath().getParent();
            java.nio.file.Files.createDirectories(parent);
            org.briefgen.files.AtomicFiles.write(file, pdf.bytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return pdf.pages();
    }

    private Document document(List<TrackerRow> rows, LocalDate asOf) {
        String markdown = new TemplateEngine(templates).render(TEMPLATE, Map.of("tracker", page(rows, asOf)),
                new SurveyIndex(List.of()), "for the tracker");
        Document document;
        try {
            document = new MarkdownReader().read(markdown, templates.resolve(TEMPLATE) + " (output)");
        } catch (DocumentSyntaxException e) {
            throw new TemplateFaultException(templates.resolve(TEMPLATE).toString(), 0, 0, e.getMessage());
        }
        return document;
    }

    static Page page(List<TrackerRow> rows, LocalDate asOf) {
        Map<String, List<TrackerRow>> byCampaign = new LinkedHashMap<>();
        List<String> organisations = new ArrayList<>();
        for (TrackerRow r : rows) {
            byCampaign.computeIfAbsent(r.letter().campaign(), k -> new ArrayList<>()).add(r);
            if (!organisations.contains(r.letter().organisation())) {
                organisations.add(r.letter().organisation());
            }
        }
        List<CampaignRows> campaigns = new ArrayList<>();
        byCampaign.forEach((id, letters) -> {
            IssuedLetter first = letters.get(0).letter();
            campaigns.add(new CampaignRows(id, first.campaignTitle(), first.subject(), letters.stream()
                    .map(TrackerReport::row).toList()));
        });
        return new Page(String.join(", ", organisations), Day.of(asOf), campaigns);
    }

    private static Row row(TrackerRow r) {
        IssuedLetter l = r.letter();
        return new Row(l.reference(), l.company(), Day.of(l.letterDate()), Day.of(l.deadline()), r.statusText(),
                r.status().key(), r.responded() == null ? null : Day.of(r.responded()), r.daysTaken(),
                r.daysOverdue());
    }
}
