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
    static Document of(Publication p, List<CompanyPage> companies, String briefing, Predicate<String> drawable) {
        String date = Labels.date(p.asOf());
        DocumentInfo info = new DocumentInfo(Labels.get("report.title", p.title()), p.organisation(), p.subject(),
                Labels.get("site.language"), p.campaign(), List.of(p.title(), p.campaign()), p.asOf());
        Cover cover = new Cover(p.title(), Labels.get("report.subtitle"), List.of(p.organisation(), Labels.get(
                "campaign.asOf", date)));
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(2, Labels.get("campaign.heading")));
        if (companies.isEmpty()) {
            blocks.add(paragraph(Labels.get("campaign.none", date)));
            return new Document(info, null, cover, blocks, List.of());
        }
        blocks.add(paragraph(Labels.get("campaign.intro", p.organisation(), Labels.date(p.letterDate()),
                Labels.date(p.deadline()), date)));
        blocks.add(new Block.BulletList(List.of(fact("campaign.from", p.organisation()), fact("campaign.letterDate",
                Labels.date(p.letterDate())), fact("campaign.deadline", Labels.date(p.deadline())),
                fact(
                        "campaign.asked", p.subject()),
                fact("campaign.written", Integer.toString(companies
                        .size())))));
        blocks.add(heading(2, Labels.get("briefing.heading")));
        blocks.add(briefing == null ? paragraph(Labels.get("briefing.missing", p.campaign()))
                : new Block.Paragraph(List.of(new Inline.Text(Labels.get("briefing.text") + " "), new Inline.Link(
                        briefing, List.of(new Inline.Text(Labels.get("briefing.link")))))));
        blocks.add(heading(2, Labels.get("chart.heading")));
        blocks.add(new OutcomeChart(p).block());
        blocks.add(heading(2, Labels.get("report.companies")));
        List<List<Inline>> header = new ArrayList<>();
        for (String column : List.of("table.company", "table.written", "table.deadline", "table.outcome")) {
            header.add(text(Labels.get(column)));
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (CompanyPage c : companies) {
            CompanyRecord r = c.record();
            rows.add(List.of(text(r.company()), text(Labels.date(r.letter().letterDate())), text(Labels.date(r
                    .deadline())), text(r.outcome().text(r.notForPublication()))));
        }
        blocks.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT, Block.Align.LEFT, Block.Align.LEFT),
                header, rows));
        for (CompanyPage c : companies) {
            company(c, p, blocks, drawable);
        }
        return new Document(info, null, cover, blocks, List.of());
    }

    private static void company(CompanyPage c, Publication p, List<Block> blocks, Predicate<String> drawable) {
        CompanyRecord r = c.record();
        blocks.add(heading(3, r.company()));
        List<Block.ListItem> facts = new ArrayList<>();
        facts.add(fact("company.written", Labels.date(r.letter().letterDate())));
        facts.add(fact("company.reference", r.letter().reference()));
        facts.add(fact("company.deadline", Labels.date(r.deadline())));
        facts.add(fact("company.outcome", r.outcome().text(r.notForPublication())));
        facts.add(item(c.letterFile() == null ? text(Labels.get("company.letterMissing", Labels.date(r.letter()
                .letterDate()))) : link(c.letterFile(), Labels.get("company.letterLink", Labels.date(
                        r.letter()
                                .letterDate())))));
        for (int i = 0; i < r.followUps().size(); i++) {
            var f = r.followUps().get(i);
            String file = c.followUpFiles().get(i);
            facts.add(item(file == null ? text(Labels.get("company.followUp", f.reference(), Labels.date(f
                    .letterDate()), Labels.date(f.deadline()))) : link(file, Labels.get("company.followUpLink", f
                            .reference(), Labels.date(f.letterDate()), Labels.date(f.deadline())))));
        }
        blocks.add(new Block.BulletList(facts));
        ResponseText.paragraphs(c, p.asOf()).forEach(s -> blocks.add(paragraph(s)));
        if (c.summary() != null) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Strong(text(Labels.get("company.summary") + ": ")),
                    new Inline.Text(drawable.test(c.summary()) ? c.summary() : Labels.get("report.undrawable")))));
        }
        if (c.reply() != null && !drawable.test(c.reply().asText())) {
            blocks.add(paragraph(Labels.get("report.undrawable")));
        } else if (c.reply() != null) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Strong(text(Labels.get("company.responseItself"))))));
            List<Block> quoted = new ArrayList<>();
            if (c.reply().subject() != null) {
                quoted.add(paragraph(Labels.get("company.emailSubject") + ": " + c.reply().subject()));
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
            blocks.add(new Block.Paragraph(link(c.responseFile(), SitePages.responseLink(c))));
        }
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

    private static Block.ListItem fact(String key, String value) {
        return item(List.of(new Inline.Strong(text(Labels.get(key) + ": ")), new Inline.Text(value)));
    }

    private static Block.ListItem item(List<Inline> inlines) {
        return new Block.ListItem(List.of(new Block.Paragraph(inlines)));
    }
}
