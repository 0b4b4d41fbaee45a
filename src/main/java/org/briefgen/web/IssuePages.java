package org.briefgen.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefgen.campaign.CampaignData;
import org.briefgen.web.paging.PageRequest;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Issuing all or the selected recipients' letters, and the run's progress as it goes. */
record IssuePages(Services services) {

    void register(RoutesConfig routes) {
        routes.get("/issue", this::form);
        routes.post("/issue", this::start);
        routes.get("/issue/{job}", this::progressPage);
        routes.get("/issue/{job}/progress", this::progressFragment);
        routes.get("/briefing.pdf", this::briefing);
    }

    /** The campaign's research briefing, as issuing wrote it beside the letters. */
    private void briefing(Context ctx) throws java.io.IOException {
        CampaignSource.Loaded loaded = services.source().current();
        java.nio.file.Path file = loaded.ok() ? services.out().resolve(loaded.run().data().campaign().id()).resolve(
                "briefing.pdf") : null;
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            throw RefusedException.notFound("the research briefing (it is written when letters are issued)");
        }
        ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"briefing.pdf\"")
                .result(java.nio.file.Files.readAllBytes(file));
    }

    private void form(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        if (loaded.ok()) {
            CampaignData data = loaded.run().data();
            model.put("campaign", data.campaign());
            List<RecipientRow> rows = RecipientRow.of(data.recipients(), data.campaign().id(), ArchiveView.read(
                    services.archive()).tracker(LocalDate.now()));
            // a page of the recipients, as filtered (a campaign of 20,000 is 200 pages); the statuses offered are
            // those some recipient has
            Map<String, String> words = new java.util.TreeMap<>();
            rows.forEach(r -> words.computeIfAbsent(r.statusKey(), Words::status));
            PageRequest asked = PageRequest.of(ctx.queryParamMap(), words.keySet());
            model.put("rows", asked.slice(rows.stream().filter(r -> asked.matches(r.statusKey(), r.company(), r.id(),
                    r.reference())).toList(), "/issue"));
            model.put("words", words);
            model.put("toIssue", rows.stream().filter(r -> r.statusKey().equals("to-issue")).count());
            model.put("recipientCount", rows.size());
            model.put("notApproved", ApprovePages.blocking(services, loaded, services.sessions().of(ctx)
                    .officer()));
            model.put("dates", DatesConfirmation.model(DatesConfirmation.ofCampaign(loaded.run(), LocalDate.now()),
                    true));
            // while any letter cannot be made, issuing is disabled and says why (the first few; the rest a link away);
            // while a large campaign's letters are being checked, the page follows the check
            CampaignPages.problems(loaded, model, CampaignPages.patience(loaded));
            model.put("forIssue", true);
        } else {
            model.put("dates", Map.of());
        }
        services.pages().render(ctx, "issue.ftlh", "issue", model);
    }

    private void start(Context ctx) {
        Set<String> only = new LinkedHashSet<>();
        if ("selected".equals(ctx.formParam("scope"))) {
            for (String id : ctx.formParams("recipient")) {
                only.add(Names.checked(id, "recipient '" + id + "'"));
            }
            if (only.isEmpty()) {
                throw RefusedException
                        .badRequest("no recipient was selected: tick the recipients to issue, or issue all");
            }
        }
        CampaignSource.Loaded loaded = services.source().current();
        if (loaded.ok()) {
            // asked on the server too: a form without the confirmation (or confirming other dates) issues nothing
            DatesConfirmation.require(ctx, DatesConfirmation.ofCampaign(loaded.run(), LocalDate.now()), true,
                    "issued");
        }
        IssueJobs.Job job = services.jobs().start(only, services.sessions().of(ctx).officer());
        ctx.redirect("/issue/" + job.id, HttpStatus.SEE_OTHER);
    }

    private void progressPage(Context ctx) {
        services.pages().render(ctx, "issue-progress.ftlh", "issue", model(ctx));
    }

    private void progressFragment(Context ctx) {
        services.pages().render(ctx, "issue-progress-fragment.ftlh", "issue", model(ctx));
    }

    private Map<String, Object> model(Context ctx) {
        String id = Names.checked(ctx.pathParam("job"), "that issuing run");
        IssueJobs.Job job = services.jobs().job(id).orElseThrow(() -> RefusedException.notFound("that issuing run"));
        List<IssueJobs.Line> lines = job.lines();
        // the letters issued to recipients without an e-mail address: to print and post
        Map<String, String> channels = new java.util.HashMap<>();
        if (job.finished()) {
            // read once the run has ended: while it runs, the archive may be being created
            ArchiveView.read(services.archive()).letters().forEach(l -> channels.put(l.reference(), l.channels()));
        }
        List<Map<String, String>> postOnly = lines.stream()
                .filter(l -> !l.already() && !channels.getOrDefault(l.reference(), "email ").startsWith("email "))
                .map(l -> Map.of("reference", l.reference(), "company", l
                        .company(), "pdf", l.files().stream().filter(f -> f.endsWith(".pdf")).findFirst().orElse("")))
                .toList();
        CampaignSource.Loaded loaded = services.source().current();
        boolean briefing = loaded.ok() && java.nio.file.Files.isRegularFile(services.out().resolve(loaded.run().data()
                .campaign().id()).resolve("briefing.pdf"));
        return Map.of("postOnly", postOnly, "briefing", briefing, "job",
                Map.of("id", job.id, "state", job.state, "checked", job.checked, "total", job.total,
                        "rendering", job.rendering, "finished", job.finished(), "errors", job.errors, "issued",
                        lines.stream().filter(l -> !l.already())
                                .count(),
                        "already", lines.stream().filter(IssueJobs.Line::already).count()),
                "lines",
                lines.stream().map(l -> Map.of("reference", l.reference(), "company", l.company(), "already", l
                        .already(), "files", l.files())).toList());
    }
}
