package org.briefgen.web;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.failure.UserError;
import org.briefgen.web.paging.PageRequest;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The review list, as {@code inbox review}: the messages that name a letter but are not surely its
 * company's reply, each confirmed ("this is the company's reply", recorded as its response) or
 * dismissed by the signed-in officer, by name, once. Decisions are POSTs, guarded like every other.
 */
record ReviewPages(Services services) {

    /** The most letters a choice list offers at once. */
    static final int CHOICES = 50;

    void register(RoutesConfig routes) {
        routes.get("/review", ctx -> show(ctx, List.of()));
        routes.get("/review/letters", this::choices);
        routes.post("/review/{entry}/confirm", ctx -> decide(ctx, true));
        routes.post("/review/{entry}/dismiss", ctx -> decide(ctx, false));
        routes.post("/review/{entry}/attach", this::attach);
    }

    /**
     * Records a held message as the response to the letter the officer chose (the message named another, or
     * named it wrongly). The chosen letter is read from the form, so it is checked as hostile: a reference of
     * the archive's, not superseded, else 400 and nothing recorded.
     */
    private void attach(Context ctx) {
        String entry = ctx.pathParam("entry");
        if (!entry.matches("[1-9][0-9]{0,8}")) {
            throw RefusedException.notFound("that message");
        }
        String reference = chosenLetter(services, ctx.formParam("letter"));
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC())) {
            archive.attach(Integer.parseInt(entry), reference, new Officer(services.sessions().of(ctx).officer()),
                    null);
        } catch (UserError e) {
            ctx.status(400);
            show(ctx, e.messages());
            return;
        }
        ctx.redirect("/archive/" + reference + "?recorded=response", HttpStatus.SEE_OTHER);
    }

    /**
     * The letter a form chose, by its reference: one the archive holds and no correction replaced; else 400
     * (a forged or mistyped form), before anything is recorded.
     */
    static String chosenLetter(Services services, String value) {
        String reference = value == null ? "" : value.strip();
        int cut = reference.indexOf(' ');
        // the list offers "REF (Company)": the reference is the first word
        reference = cut < 0 ? reference : reference.substring(0, cut);
        if (!reference.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw RefusedException
                    .badRequest("choose the letter by its reference, as the list offers them (CE-2020-001):"
                            + " nothing was recorded");
        }
        String ref = reference;
        ArchiveView view = ArchiveView.read(services.archive());
        if (view.letter(ref).isEmpty() || view.letters().stream().anyMatch(l -> ref.equals(l.supersedes()))) {
            throw RefusedException
                    .badRequest("the archive has no letter " + ref + " that stands (one issued, not replaced"
                            + " by a correction): nothing was recorded");
        }
        return ref;
    }

    /**
     * The letters a message may be attached to, as the choice lists offer them ("REF (Company)"): at most
     * {@value #CHOICES} of those whose reference or company contains {@code asked}'s search, so that the list
     * stays short in a campaign of 20,000; the page asks again as the officer types ({@code /review/letters}).
     */
    static List<String> letterChoices(ArchiveView view, PageRequest asked) {
        java.util.Set<String> superseded = view.letters().stream().map(IssuedLetter::supersedes).filter(
                java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        return view.letters().stream().filter(l -> !superseded.contains(l.reference()) && asked.matches("", l
                .reference(), l.company())).limit(CHOICES).map(l -> l.reference() + " (" + l.company() + ")")
                .toList();
    }

    /** The choices for what the officer has typed so far ({@code ?q=}), as the page's list of them. */
    private void choices(Context ctx) {
        services.pages().render(ctx, "letter-choices.ftlh", "tracker", Map.of("letters", letterChoices(ArchiveView
                .read(services.archive()), PageRequest.of(ctx.queryParamMap(), java.util.Set.of()))));
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
            Map<Integer, String> answered = new HashMap<>();
            archive.responses().forEach(r -> answered.put(r.entryNo(), r.reference()));
            for (ReviewMessage m : archive.reviewMessages()) {
                ReviewDecision d = decisions.get(m.entryNo());
                Map<String, String> row = row(m, companies.getOrDefault(m.reference(), m.reference()), d);
                if (d != null && d.responseEntry() != null) {
                    row.put("decision", row.get("decision") + ", recorded as the response to " + answered.get(d
                            .responseEntry()));
                }
                (d == null ? pending : decided).add(row);
            }
            Words dates = Words.officers();
            model.put("dismissed", archive.dismissedMessages().stream().map(d -> Map.of("sender", d.sender(),
                    "subject", d.subject(), "reason", d.reason(), "by", d.officer() + " on " + dates.moment(d
                            .recordedAt()) + (d.comment() == null ? "" : ": " + d.comment())))
                    .toList());
        }
        model.put("pending", pending);
        model.put("decided", decided);
        model.put("errors", errors);
        model.put("letters", letterChoices(ArchiveView.read(services.archive()), new PageRequest(1, "", "")));
        String done = ctx.queryParam("decided");
        model.put("done", done != null && done.matches("[0-9]{1,9}") ? done : "");
        model.put("setAside", ctx.queryParam("set-aside") != null);
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
        Words dates = Words.officers();
        row.put("received", m.receivedAt() == null ? "unknown" : dates.moment(m.receivedAt()));
        row.put("senderDate", m.senderDate() == null ? "none" : dates.moment(m.senderDate()));
        row.put("authentication", m.authentication() == null ? "" : m.authentication());
        row.put("decision", d == null ? "" : d.decision() + " by " + d.officer() + " on " + dates.moment(d.recordedAt())
                + (d.comment() == null ? "" : ": " + d.comment()));
        return row;
    }
}
