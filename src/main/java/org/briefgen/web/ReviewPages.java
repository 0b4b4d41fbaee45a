package org.briefgen.web;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Officer;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.failure.UserError;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The review list, as {@code inbox review}: the messages that name a letter but are not surely its
 * company's reply, each confirmed ("this is the company's reply", recorded as its response) or
 * dismissed by the signed-in officer, by name, once. Decisions are POSTs, guarded like every other.
 */
final class ReviewPages {

    private final Services services;

    ReviewPages(Services services) {
        this.services = services;
    }

    void register(RoutesConfig routes) {
        routes.get("/review", ctx -> show(ctx, List.of()));
        routes.post("/review/{entry}/confirm", ctx -> decide(ctx, true));
        routes.post("/review/{entry}/dismiss", ctx -> decide(ctx, false));
    }

    private void decide(Context ctx, boolean confirm) {
        String entry = ctx.pathParam("entry");
        if (!entry.matches("[1-9][0-9]{0,8}")) {
            throw RefusedException.notFound("that message");
        }
        String comment = ctx.formParam("comment");
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC())) {
            archive.decide(Integer.parseInt(entry), confirm, new Officer(services.sessions().of(ctx).officer()),
                    comment == null || comment.isBlank() ? null : comment);
        } catch (UserError e) {
            ctx.status(400);
            show(ctx, e.messages());
            return;
        }
        ctx.redirect("/review?decided=" + entry, HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, List<String> errors) {
        Map<String, Object> model = new HashMap<>();
        List<Map<String, String>> pending = new ArrayList<>();
        List<Map<String, String>> decided = new ArrayList<>();
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC())) {
            Map<Integer, ReviewDecision> decisions = new HashMap<>();
            archive.reviewDecisions().forEach(d -> decisions.put(d.reviewEntry(), d));
            Map<String, String> companies = new HashMap<>();
            archive.letters().forEach(l -> companies.put(l.reference(), l.company()));
            for (ReviewMessage m : archive.reviewMessages()) {
                ReviewDecision d = decisions.get(m.entryNo());
                (d == null ? pending : decided).add(row(m, companies.getOrDefault(m.reference(), m.reference()), d));
            }
        }
        model.put("pending", pending);
        model.put("decided", decided);
        model.put("errors", errors);
        String done = ctx.queryParam("decided");
        model.put("done", done != null && done.matches("[0-9]{1,9}") ? done : "");
        services.pages().render(ctx, "review.ftlh", "tracker", model);
    }

    /** The page reads maps: Freemarker sees no accessor of a class that is not public. */
    private static Map<String, String> row(ReviewMessage m, String company, ReviewDecision d) {
        Map<String, String> row = new HashMap<>();
        row.put("entry", Integer.toString(m.entryNo()));
        row.put("reference", m.reference());
        row.put("company", company);
        row.put("sender", m.sender());
        row.put("subject", m.subject());
        row.put("reason", m.reason());
        row.put("matchedBy", m.matchedBy());
        row.put("received", m.receivedAt() == null ? "unknown" : m.receivedAt());
        row.put("senderDate", m.senderDate() == null ? "none" : m.senderDate());
        row.put("authentication", m.authentication() == null ? "" : m.authentication());
        row.put("decision", d == null ? "" : d.decision() + " by " + d.officer() + " at " + d.recordedAt()
                + (d.comment() == null ? "" : ": " + d.comment()));
        return row;
    }
}
