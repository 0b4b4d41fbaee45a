package org.briefgen.publish;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.briefgen.archive.IssuedLetter;

/**
 * The publication's web pages: an index (the campaign, the briefing, the chart of outcomes, every
 * company) and one page per company. Plain HTML with one style sheet and relative links only: no
 * script, nothing fetched from elsewhere.
 */
final class SitePages {

    private final Publication publication;
    private final String briefing;
    private final String footer;
    private final Labels labels;

    /** {@code briefing} is the briefing's copy under the folder, or null when there is none; in English. */
    SitePages(Publication publication, String briefing) {
        this(publication, briefing, Labels.ENGLISH, null);
    }

    /**
     * The same, in the words and language of {@code labels}, with the archive's {@code head} (as a
     * user keeps it) in every page's footer, unless null.
     */
    SitePages(Publication publication, String briefing, Labels labels, String head) {
        this.labels = labels;
        this.publication = publication;
        this.briefing = briefing;
        String published = labels.get("site.footer", "organisation", publication.organisation(), "date",
                labels.date(publication.asOf()));
        this.footer = head == null ? published : published + " " + labels.get("site.head", "head", head);
    }

    String index() {
        Publication p = publication;
        List<Publication.Listed> companies = p.companies();
        Html h = new Html(labels).open(p.title(), p.organisation(), p.title(), "");
        h.element("h1", p.title());
        if (companies.isEmpty()) {
            h.element("p", labels.get("campaign.none", "date", labels.date(p.asOf())));
            return h.close(footer, "").toString();
        }
        h.element("p class=\"lede\"", labels.get("campaign.intro", "organisation", p.organisation(),
                "letterDate", labels.date(p.letterDate()), "deadline", labels.date(p.deadline()), "asOf", labels.date(p
                        .asOf())));
        h.raw("<dl class=\"facts\">\n").fact(labels.get("campaign.from"), p.organisation())
                .fact(labels.get("campaign.letterDate"), labels.date(p.letterDate()))
                .fact(labels.get("campaign.deadline"), labels.date(p.deadline()))
                .fact(labels.get("campaign.asked"), p.subject())
                .fact(labels.get("campaign.written"), labels.count(companies.size()))
                .raw("</dl>\n");
        h.raw("<section aria-labelledby=\"briefing\">\n<h2 id=\"briefing\">").text(labels.get("briefing.heading"))
                .raw("</h2>\n<p>");
        if (briefing != null) {
            h.text(labels.get("briefing.text")).raw(" ").link(briefing, labels.get("briefing.link"));
        } else {
            h.text(labels.get("briefing.missing", "campaign", p.campaign()));
        }
        h.raw("</p>\n</section>\n");
        OutcomeChart chart = new OutcomeChart(p, labels);
        h.raw("<section aria-labelledby=\"outcomes\">\n<h2 id=\"outcomes\">").text(labels.get("chart.heading"))
                .raw("</h2>\n<figure>\n").raw(chart.svg()).raw("</figure>\n");
        h.raw("<table class=\"counts\">\n<caption>")
                .text(labels.get("chart.tableCaption", "date", labels.date(p.asOf())))
                .raw("</caption>\n<thead><tr><th scope=\"col\">").text(labels.get("chart.outcome"))
                .raw("</th><th scope=\"col\" class=\"number\">").text(labels.get("chart.count"))
                .raw("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < chart.outcomes().size(); i++) {
            h.raw("<tr><th scope=\"row\">").text(chart.outcomes().get(i).chartLabel(labels))
                    .raw("</th><td class=\"number\">" + labels.count(chart.counts().get(i)) + "</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
        h.raw("<section aria-labelledby=\"companies\">\n<h2 id=\"companies\">").text(labels.get("report.companies"))
                .raw("</h2>\n<table class=\"companies\">\n<caption>")
                .text(labels.get("table.caption", "date", labels.date(p.asOf()))).raw("</caption>\n<thead><tr>");
        for (String column : List.of("table.company", "table.reference", "table.written", "table.deadline",
                "table.outcome")) {
            h.raw(column.equals("table.reference") ? "<th scope=\"col\" class=\"ref\">" : "<th scope=\"col\">")
                    .text(labels.get(column)).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (Publication.Listed c : companies) {
            h.raw("<tr><th scope=\"row\">").link(c.page(), c.company()).raw("</th><td class=\"nowrap ref\">")
                    .text(c.reference())
                    .raw("</td><td class=\"nowrap\">").text(labels.date(c.written()))
                    .raw("</td><td class=\"nowrap\">").text(labels.date(c.deadline())).raw("</td><td>")
                    .raw(badge(c.outcome(), c.notForPublication())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
        return h.close(footer, "").toString();
    }

    String company(CompanyPage c) {
        return company(c, null);
    }

    /** {@code c}'s page, printing the SHA-256 and signer of {@code letterPdf}, its letter's copy (none when null). */
    String company(CompanyPage c, byte[] letterPdf) {
        CompanyRecord r = c.record();
        IssuedLetter l = r.letter();
        Html h = new Html(labels).open(r.company() + " · " + publication.title(), publication.organisation(),
                publication.title(), "../");
        h.raw("<p class=\"breadcrumb\">").link("../index.html", labels.get("site.home")).raw("</p>\n");
        h.element("h1", r.company());
        h.raw("<p class=\"outcome\">").raw(badge(r.outcome(), r.notForPublication())).raw("</p>\n");
        h.raw("<dl class=\"facts\">\n").fact(labels.get("company.written"), labels.date(l.letterDate()))
                .fact(labels.get("company.reference"), l.reference())
                .fact(labels.get("company.deadline"), labels.date(r.deadline()));
        LetterFingerprint.facts(h, labels, c.letterFile() == null ? null : letterPdf);
        h.raw("</dl>\n");
        h.raw("<h2>").text(labels.get("company.letter")).raw("</h2>\n<p>");
        if (c.letterFile() != null) {
            h.link("../" + c.letterFile(), labels.get("company.letterLink", "date", labels.date(l.letterDate())));
        } else {
            h.text(labels.get("company.letterMissing", "date", labels.date(l.letterDate())));
        }
        h.raw("</p>\n<h2>").text(labels.get("company.followUps")).raw("</h2>\n");
        if (r.followUps().isEmpty()) {
            h.element("p", labels.get("company.noFollowUps"));
        } else {
            h.raw("<ul>\n");
            for (int i = 0; i < r.followUps().size(); i++) {
                IssuedLetter f = r.followUps().get(i);
                String file = c.followUpFiles().get(i);
                h.raw("<li>");
                if (file != null) {
                    h.link("../" + file, labels.get("company.followUpLink", "reference", f.reference(), "date",
                            labels.date(f.letterDate()), "deadline", labels.date(f.deadline())));
                } else {
                    h.text(labels.get("company.followUp", "reference", f.reference(), "date", labels.date(f
                            .letterDate()), "deadline", labels.date(f.deadline())));
                }
                h.raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("<h2>").text(labels.get("company.response")).raw("</h2>\n");
        for (String paragraph : ResponseText.paragraphs(c, publication.asOf(), labels)) {
            h.element("p", paragraph);
        }
        if (c.summary() != null) {
            h.raw("<h3>").text(labels.get("company.summary")).raw("</h3>\n").element("p class=\"summary\"",
                    c.summary());
        }
        if (c.reply() != null) {
            h.raw("<h3>").text(labels.get("company.responseItself")).raw("</h3>\n<div class=\"reply\">\n");
            if (c.reply().subject() != null || c.reply().date() != null) {
                h.raw("<dl class=\"headers\">\n");
                if (c.reply().subject() != null) {
                    h.fact(labels.get("company.emailSubject"), c.reply().subject());
                }
                if (c.reply().date() != null) {
                    h.fact(labels.get("company.emailDate"), c.reply().date());
                }
                h.raw("</dl>\n");
            }
            h.raw("<pre>").text(c.reply().body()).raw("</pre>\n</div>\n");
        }
        if (c.responseFile() != null) {
            h.raw("<p>").link("../" + c.responseFile(), responseLink(c, labels)).raw("</p>\n");
        }
        return h.close(footer, "../").toString();
    }

    private String badge(Outcome outcome, boolean notForPublication) {
        return "<span class=\"badge outcome-" + outcome.key() + "\">" + Html.escape(outcome.text(notForPublication,
                labels)) + "</span>";
    }

    /** The words of the link to the response's copy: its text, or the file as received. */
    static String responseLink(CompanyPage c, Labels labels) {
        // a copy made with a sentence beside it is the reply's text (an HTML, SVG or XML reply's, say)
        if (c.redacted() || c.withheld() != null) {
            return labels.get(c.reply() != null ? "company.responseText" : "company.responseRedacted", "kind",
                    extension(c.responseFile()));
        }
        return labels.get("company.responseFile", "kind", extension(c.responseFile()));
    }

    static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "file" : file.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }

    static long daysAfter(IssuedLetter letter, java.time.LocalDate day) {
        return ChronoUnit.DAYS.between(letter.letterDate(), day);
    }
}
