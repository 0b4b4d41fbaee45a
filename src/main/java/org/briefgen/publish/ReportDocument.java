package org.briefgen.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.document.Block;
import org.briefgen.document.Cover;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;

/**
 * The publication as one document for the PDF writer: a title page, the campaign, the briefing,
 * the chart of outcomes, the table of companies, then each company. Built straight into the
 * document model, so a reply's text is text whatever characters it holds (no markup to escape).
 */
final class ReportDocument {

    private ReportDocument() {
    }

    /**
     * {@code drawable} says whether the report's fonts can draw a text a company wrote (its reply,
     * its summary); one they cannot is replaced by a sentence sending the reader to the web page.
     */
    static Document of(Publication p, List<CompanyPage> companies, String briefing, Predicate<String> drawable,
            Labels labels, String head) {
        Document start = head(p, briefing, labels, head);
        List<Block> blocks = new ArrayList<>(start.blocks());
        if (!companies.isEmpty()) {
            for (CompanyPage c : companies) {
                blocks.addAll(company(c, p, drawable, labels));
            }
        }
        return new Document(start.info(), null, start.cover(), blocks, List.of()).withMessages(labels.messages());
    }

    /**
     * The report up to the companies' own parts: the title page, the campaign, the briefing, the
     * chart, the table of companies (from each company's line in {@code p}).
     */
    static Document head(Publication p, String briefing, Labels labels, String head) {
        List<Publication.Listed> companies = p.companies();
        String date = labels.date(p.asOf());
        DocumentInfo info = new DocumentInfo(labels.get("report.title", "title", p.title()), p.organisation(),
                p.subject(),
                labels.language(), p.campaign(), List.of(p.title(), p.campaign()), p.asOf());
        Cover cover = new Cover(p.title(), labels.get("report.subtitle"),
                List.of(p.organisation(), labels.get("campaign.asOf",
                        "date", date)));
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(2, labels.get("campaign.heading")));
        if (companies.isEmpty()) {
            blocks.add(paragraph(labels.get("campaign.none", "date", date)));
            blocks.add(paragraph(labels.get("site.head", "head", head)));
            return new Document(info, null, cover, blocks, List.of()).withMessages(labels.messages());
        }
        blocks.add(paragraph(labels.get("campaign.intro", "organisation", p.organisation(),
                "letterDate", labels.date(p.letterDate()), "deadline", labels.date(p.deadline()), "asOf", date)));
        blocks.add(new Block.BulletList(List.of(fact(labels, "campaign.from", p.organisation()),
                fact(labels, "campaign.letterDate",
                        labels.date(p.letterDate())),
                fact(labels, "campaign.deadline", labels.date(p.deadline())),
                fact(labels, "campaign.asked", p.subject()),
                fact(labels, "campaign.written", labels.count(companies.size())))));
        blocks.add(heading(2, labels.get("briefing.heading")));
        blocks.add(briefing == null ? paragraph(labels.get("briefing.missing", "campaign", p.campaign()))
                : new Block.Paragraph(List.of(new Inline.Text(labels.get("briefing.text") + " "), new Inline.Link(
                        briefing, List.of(new Inline.Text(labels.get("briefing.link")))))));
        blocks.add(heading(2, labels.get("chart.heading")));
        blocks.add(new OutcomeChart(p, labels).block());
        blocks.add(heading(2, labels.get("report.companies")));
        List<List<Inline>> header = new ArrayList<>();
        for (String column : List.of("table.company", "table.written", "table.deadline", "table.outcome")) {
            header.add(text(labels.get(column)));
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Publication.Listed c : companies) {
            rows.add(List.of(text(c.company()), text(labels.date(c.written())), text(labels.date(c.deadline())),
                    text(c.outcome().text(c.notForPublication(), labels))));
        }
        blocks.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT, Block.Align.LEFT, Block.Align.LEFT),
                header, rows));
        blocks.add(paragraph(labels.get("site.head", "head", head)));
        return new Document(info, null, cover, blocks, List.of()).withMessages(labels.messages());
    }

    /** One company's part of the report. */
    static List<Block> company(CompanyPage c, Publication p, Predicate<String> drawable, Labels labels) {
        List<Block> blocks = new ArrayList<>();
        CompanyRecord r = c.record();
        blocks.add(heading(3, r.company()));
        List<Block.ListItem> facts = new ArrayList<>();
        facts.add(fact(labels, "company.written", labels.date(r.letter().letterDate())));
        facts.add(fact(labels, "company.reference", r.letter().reference()));
        facts.add(fact(labels, "company.deadline", labels.date(r.deadline())));
        facts.add(fact(labels, "company.outcome", r.outcome().text(r.notForPublication(), labels)));
        facts.add(item(c.letterFile() == null ? text(labels.get("company.letterMissing", "date", labels.date(r.letter()
                .letterDate()))) : link(c.letterFile(), labels.get("company.letterLink", "date", labels.date(
                        r.letter()
                                .letterDate())))));
        for (int i = 0; i < r.followUps().size(); i++) {
            var f = r.followUps().get(i);
            String file = c.followUpFiles().get(i);
            facts.add(item(file == null ? text(labels.get("company.followUp", "reference", f.reference(), "date",
                    labels.date(f.letterDate()), "deadline", labels.date(f.deadline())))
                    : link(file, labels.get("company.followUpLink",
                            "reference", f.reference(), "date", labels.date(f.letterDate()), "deadline", labels.date(f
                                    .deadline())))));
        }
        blocks.add(new Block.BulletList(facts));
        ResponseText.paragraphs(c, p.asOf(), labels).forEach(s -> blocks.add(paragraph(s)));
        if (c.summary() != null) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Strong(text(labels.term(labels.get("company.summary")))),
                    new Inline.Text(drawable.test(c.summary()) ? c.summary() : labels.get("report.undrawable")))));
        }
        if (c.reply() != null && !drawable.test(c.reply().asText(labels))) {
            blocks.add(paragraph(labels.get("report.undrawable")));
        } else if (c.reply() != null) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Strong(text(labels.get("company.responseItself"))))));
            List<Block> quoted = new ArrayList<>();
            if (c.reply().subject() != null) {
                quoted.add(paragraph(labels.term(labels.get("company.emailSubject")) + c.reply().subject()));
            }
            for (String para : c.reply().body().split("\n\n")) {
                List<Inline> lines = new ArrayList<>();
                for (String line : para.split("\n")) {
                    if (!lines.isEmpty()) {
                        lines.add(new Inline.LineBreak());
                    }
                    lines.add(new Inline.Text(line));
                }
                if (!para.isBlank()) {
                    quoted.add(new Block.Paragraph(lines));
                }
            }
            if (!quoted.isEmpty()) {
                blocks.add(new Block.BlockQuote(quoted));
            }
        }
        if (c.responseFile() != null) {
            blocks.add(new Block.Paragraph(link(c.responseFile(), SitePages.responseLink(c, labels))));
        }
        return blocks;
    }

    private static Block.Heading heading(int level, String text) {
        return new Block.Heading(level, text(text));
    }

    private static Block.Paragraph paragraph(String text) {
        return new Block.Paragraph(text(text));
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }

    private static List<Inline> link(String href, String text) {
        return List.of(new Inline.Link(href, text(text)));
    }

    private static Block.ListItem fact(Labels labels, String key, String value) {
        return item(List.of(new Inline.Strong(text(labels.term(labels.get(key)))), new Inline.Text(value)));
    }

    private static Block.ListItem item(List<Inline> inlines) {
        return new Block.ListItem(List.of(new Block.Paragraph(inlines)));
    }
}
