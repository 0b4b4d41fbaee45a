package org.briefgen.web;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Coverage;
import org.briefgen.approval.Decision;
import org.briefgen.archive.Archive;
import org.briefgen.archive.Officer;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.batch.Approvals;
import org.briefgen.batch.CampaignRun;
import org.briefgen.failure.UserError;
import org.briefgen.web.paging.PageRequest;
import org.briefgen.web.paging.Paged;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The Approve page: the letters that would be issued now, each with where it stands (approved,
 * rejected, awaiting), its pages and a word-level comparison with the recipient's last approved
 * letter; Approve and Reject for approvers (checked here, on the server), recorded under the
 * signed-in officer's name. The rules are {@link Coverage}'s; the digests are batch's {@link Approvals}.
 */
record ApprovePages(Services services) {

    /** The statuses the list is narrowed by, as the filter names them. */
    private static final Map<String, String> STATUSES = statuses();

    void register(RoutesConfig routes) {
        routes.get("/approve", ctx -> show(ctx, List.of()));
        routes.post("/approve", ctx -> decide(ctx, true));
        routes.post("/reject", ctx -> decide(ctx, false));
    }

    private void decide(Context ctx, boolean approve) {
        String officer = services.sessions().of(ctx).officer();
        Roles.requireApprover(services, officer);
        String comment = ctx.formParam("comment");
        if (!approve && (comment == null || comment.isBlank())) {
            ctx.status(400);
            show(ctx, List.of("a rejection says what must change: write it in the comment"));
            return;
        }
        CampaignSource.Loaded loaded = services.source().current();
        if (!loaded.ok()) {
            throw RefusedException.badRequest("the campaign does not load: nothing to approve");
        }
        try {
            new Approvals(loaded.run()).decide(services.archive(), Clock.systemUTC(), Approvals.Scope.letters(),
                    new Officer(officer), approve, comment, ctx.formParam("seen"));
        } catch (UserError e) {
            ctx.status(400);
            show(ctx, e.messages());
            return;
        }
        ctx.redirect("/approve?decided=" + (approve ? "approved" : "rejected"), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, List<String> problems) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        model.put("problems", problems);
        String decided = ctx.queryParam("decided");
        model.put("decided", "approved".equals(decided) || "rejected".equals(decided) ? decided : "");
        model.put("mayApprove", Roles.of(services, services.sessions().of(ctx).officer()).mayApprove());
        if (loaded.ok()) {
            CampaignRun run = loaded.run();
            model.put("campaign", run.data().campaign());
            model.put("required", Approvals.required(run));
            Approvals.Pending pending = PendingLetters.of(services, loaded);
            List<Coverage.Verdict> verdicts = Approvals.assess(services.archive(), pending, null);
            model.put("seen", Approvals.fingerprint(pending.letters()));
            show(model, pending, verdicts, PageRequest.of(ctx.queryParamMap(), STATUSES.keySet()));
        }
        services.pages().render(ctx, "approve.ftlh", "approve", model);
    }

    /**
     * A page of the letters asked for, each with where it stands and what changed since its last approval
     * (only the letters shown are compared and previewed); the counts and the decisions of the whole campaign.
     */
    private void show(Map<String, Object> model, Approvals.Pending pending, List<Coverage.Verdict> verdicts,
            PageRequest asked) {
        Paged<Coverage.Verdict> page = asked.slice(verdicts.stream().filter(v -> asked.matches(v.status().key(), v
                .letter().reference(), v.letter().company())).toList(), "/approve");
        model.put("page", page);
        model.put("letterCount", verdicts.size());
        model.put("statuses", STATUSES);
        Set<String> recipients = new HashSet<>();
        page.rows().forEach(v -> recipients.add(v.letter().recipientId()));
        String campaign = pending.campaign();
        List<Map<String, Object>> letters = new ArrayList<>();
        List<Map<String, String>> decisions = new ArrayList<>();
        try (Archive archive = Archives.openReadOnly(services.archive()).orElse(null)) {
            // one read of the decisions: the campaign's listed, each recipient's last approved letter kept
            Map<String, Candidate> approved = archive == null ? Map.of() : Coverage.lastApproved(recipients,
                    each -> archive.approvals(d -> {
                        if (d.campaign().equals(campaign)) {
                            decisions.add(decision(d));
                        }
                        each.accept(d);
                    }));
            for (Coverage.Verdict v : page.rows()) {
                Optional<String> before = archive == null ? Optional.empty() : Optional.ofNullable(approved.get(v
                        .letter().recipientId())).flatMap(archive::approvedText);
                letters.add(letter(v, before, pending.texts().get(v.letter().textSha256()).orElse(""), pending
                        .pages().getOrDefault(v.letter().key(), 0)));
            }
        }
        model.put("letters", letters);
        model.put("decisions", decisions);
    }

    private static Map<String, Object> letter(Coverage.Verdict v, Optional<String> before, String now, int pages) {
        Candidate c = v.letter();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.recipientId());
        row.put("reference", c.reference());
        row.put("company", c.company());
        row.put("status", v.status().key());
        row.put("reason", v.reason() == null ? "approved (" + v.decision().describe() + ")" : v.reason());
        row.put("pages", java.util.stream.IntStream.range(0, pages).boxed().toList());
        row.put("compared", before.isPresent());
        row.put("unchanged", before.map(b -> WordDiff.same(b, now)).orElse(false));
        row.put("diff", before.map(b -> WordDiff.of(b, now)).orElse(List.of()));
        return row;
    }

    private static Map<String, String> decision(Decision d) {
        return Map.of("entry", Integer.toString(d.entryNo()), "verb", d.verb(), "officer", d.officer(), "at", d
                .recordedAt(), "comment", d.comment() == null ? "" : d.comment(), "letters", d.lettersInBrief());
    }

    /**
     * Why the signed-in {@code officer} cannot issue the campaign's letters now (one line each), empty
     * when the campaign needs no approval or one covers them all: for the Issue and campaign pages.
     */
    static List<String> blocking(Services services, CampaignSource.Loaded loaded, String officer) {
        if (!Approvals.required(loaded.run())) {
            return List.of();
        }
        return Coverage.refusals(Approvals.assess(services.archive(), PendingLetters.of(services, loaded), officer));
    }

    private static Map<String, String> statuses() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put(Coverage.Status.AWAITING.key(), "Awaiting approval");
        words.put(Coverage.Status.REJECTED.key(), "Rejected");
        words.put(Coverage.Status.APPROVED.key(), "Approved");
        return java.util.Collections.unmodifiableMap(words);
    }

    /** How many of the letters that would be issued now are approved, rejected and awaiting approval. */
    static Map<String, Long> counts(Services services, CampaignSource.Loaded loaded) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Coverage.Status s : Coverage.Status.values()) {
            counts.put(s.key(), 0L);
        }
        Approvals.assess(services.archive(), PendingLetters.of(services, loaded), null).forEach(v -> counts.merge(v
                .status().key(), 1L, Long::sum));
        return counts;
    }
}
