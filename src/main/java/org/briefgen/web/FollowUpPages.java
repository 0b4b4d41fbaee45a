package org.briefgen.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.rules.FollowUps;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.batch.FollowUpIssuer;
import org.briefgen.batch.RenderedLetter;
import org.briefgen.failure.UserError;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Follow-ups: the letters due one on a day (today unless the officer picks another), round by
 * round, each follow-up previewed as the images of its PDF; a round issued as
 * {@code generate --follow-up --as-of DAY --round N} issues it, with its progress.
 */
final class FollowUpPages {

    /** Follow-ups previewed lately, by the campaign's version, the archive's size, the letter and the day. */
    private static final int CACHED = 16;

    /** A follow-up as previewed: its reference, its PDF's pages as PNGs and their digest; or why it cannot be made. */
    record Made(String reference, List<byte[]> pages, String digest, List<String> errors) {
    }

    private final Services services;
    private final Map<String, Made> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Made> eldest) {
            return size() > CACHED;
        }
    };

    FollowUpPages(Services services) {
        this.services = services;
    }

    void register(RoutesConfig routes) {
        routes.get("/follow-ups", this::list);
        routes.post("/follow-ups", this::start);
        routes.get("/follow-ups/runs/{job}", ctx -> services.pages().render(ctx, "follow-up-progress.ftlh",
                "follow-ups", progress(ctx)));
        routes.get("/follow-ups/runs/{job}/progress", ctx -> services.pages().render(ctx,
                "follow-up-progress-fragment.ftlh", "follow-ups", progress(ctx)));
        routes.get("/follow-ups/letters/{ref}", this::preview);
        routes.get("/follow-ups/letters/{ref}/pages/{n}", this::page);
    }

    /** A page of follow-ups as of the day asked for: the campaign as loaded, the day, and the model's common part. */
    private record Page(Map<String, Object> model, CampaignSource.Loaded loaded, LocalDate day) {
    }

    private Page asOf(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        List<String> formErrors = new ArrayList<>();
        LocalDate day = day(ctx.queryParam("date"), formErrors);
        model.put("formErrors", formErrors);
        model.put("date", day.toString());
        model.put("dateText", Words.officers().day(day));
        return new Page(model, loaded, day);
    }

    private void list(Context ctx) {
        Page page = asOf(ctx);
        Map<String, Object> model = page.model();
        CampaignSource.Loaded loaded = page.loaded();
        LocalDate day = page.day();
        if (loaded.ok()) {
            ArchiveView view = ArchiveView.read(services.archive());
            String campaign = loaded.run().data().campaign().id();
            int last = view.letters().stream().filter(l -> l.campaign().equals(campaign)).mapToInt(
                    IssuedLetter::round).max().orElse(-1);
            List<Map<String, Object>> rounds = new ArrayList<>();
            FollowUpIssuer issuing = new FollowUpIssuer(loaded.run(), Officer.systemUser());
            for (int round = 1; round <= last + 1; round++) {
                FollowUps.Plan plan = issuing.plan(services.archive(), day, round);
                rounds.add(Map.of("round", round, "due", plan.due().stream().map(d -> due(d, day)).toList(),
                        "others", plan.others().stream().map(r -> Map.of("reference", r.letter().reference(),
                                "company", r.letter().company(), "status", r.statusText())).toList()));
            }
            model.put("rounds", rounds);
            model.put("issued", last >= 0);
            model.put("campaign", loaded.run().data().campaign());
        }
        services.pages().render(ctx, "follow-ups.ftlh", "follow-ups", model);
    }

    private static Map<String, Object> due(FollowUps.Due due, LocalDate day) {
        IssuedLetter chased = due.chased();
        // in the tracker's words: "17 January 2020 (overdue by 3 days)"
        return Map.of("reference", chased.reference(), "company", chased.company(), "deadline", Words.officers().day(
                chased.deadline()), "overdue",
                Words.overdue(java.time.temporal.ChronoUnit.DAYS.between(chased
                        .deadline(), day)),
                "href", "/follow-ups/letters/" + chased.reference() + "?date=" + day);
    }

    private void start(Context ctx) {
        List<String> errors = new ArrayList<>();
        LocalDate day = day(ctx.formParam("date"), errors);
        String round = ctx.formParam("round");
        if (!errors.isEmpty() || round == null || !round.matches("[1-9][0-9]{0,3}")) {
            throw RefusedException
                    .badRequest(errors.isEmpty() ? "the round to issue was not given: use the button of the"
                            + " round on the Follow-ups page" : errors.get(0));
        }
        FollowUpJobs.Job job = services.followUps().start(day, Integer.parseInt(round), services.sessions().of(ctx)
                .officer());
        ctx.redirect("/follow-ups/runs/" + job.id, HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> progress(Context ctx) {
        String id = Names.checked(ctx.pathParam("job"), "that round of follow-ups");
        FollowUpJobs.Job job = services.followUps().job(id).orElseThrow(() -> RefusedException.notFound(
                "that round of follow-ups"));
        List<FollowUpJobs.Line> lines = job.lines();
        return Map.of("job", Map.of("id", job.id, "state", job.state, "finished", job.finished(), "errors",
                job.errors, "round", job.round, "dateText", Words.officers().day(job.day), "issued",
                lines.stream().filter(
                        l -> !l.already()).count(),
                "already", lines.stream().filter(FollowUpJobs.Line::already)
                        .count()),
                "lines", lines.stream().map(l -> Map.of("reference", l.reference(), "company", l.company(), "follows",
                        l.follows(), "already", l.already(), "files", l.files())).toList());
    }

    private void preview(Context ctx) {
        Page page = asOf(ctx);
        Map<String, Object> model = page.model();
        if (page.loaded().ok()) {
            String ref = Names.checked(ctx.pathParam("ref"), "that letter");
            IssuedLetter chased = ArchiveView.read(services.archive()).letter(ref).orElseThrow(() -> RefusedException
                    .notFound("letter " + ref));
            model.put("chased", chased);
            Optional<Made> made = made(page.loaded(), chased, page.day());
            model.put("due", made.isPresent());
            made.ifPresent(m -> {
                model.put("made", Map.of("reference", m.reference(), "pages", m.pages().size(), "digest", m.digest(),
                        "errors", m.errors()));
                model.put("pageNumbers", IntStream.range(0, m.pages().size()).boxed().toList());
            });
        }
        services.pages().render(ctx, "follow-up-letter.ftlh", "follow-ups", model);
    }

    private void page(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        List<String> errors = new ArrayList<>();
        LocalDate day = day(ctx.queryParam("date"), errors);
        String ref = Names.checked(ctx.pathParam("ref"), "that letter");
        Optional<IssuedLetter> chased = ArchiveView.read(services.archive()).letter(ref);
        Made made = loaded.ok() && errors.isEmpty() && chased.isPresent() ? made(loaded, chased.get(), day).orElse(
                null) : null;
        if (made == null) {
            throw RefusedException.notFound("that page");
        }
        int n = Names.index(ctx.pathParam("n").replaceFirst("\\.png$", ""), made.pages().size(), "that page");
        ctx.contentType("image/png").result(made.pages().get(n));
    }

    /** The follow-up that would chase {@code chased} on {@code day}; empty when it is not due one that day. */
    private Optional<Made> made(CampaignSource.Loaded loaded, IssuedLetter chased, LocalDate day) {
        ArchiveView view = ArchiveView.read(services.archive());
        String key = loaded.version() + "/" + view.letters().size() + "/" + view.responses().size() + "/" + view
                .deliveries().size() + "/" + chased.reference() + "/" + day;
        synchronized (cache) {
            if (cache.containsKey(key)) {
                return Optional.of(cache.get(key));
            }
        }
        FollowUpIssuer issuing = new FollowUpIssuer(loaded.run(), Officer.systemUser());
        Optional<FollowUps.Due> due = issuing.plan(services.archive(), day, chased.round() + 1).due().stream().filter(
                d -> d.chased().reference().equals(chased.reference())).findFirst();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Made made;
        try {
            RenderedLetter letter = issuing.render(due.get(), day);
            byte[] pdf = letter.files().stream().filter(f -> f.name().endsWith(".pdf")).findFirst().map(
                    RenderedLetter.File::bytes).orElse(null);
            made = new Made(letter.letter().context().letter().reference(), pdf == null ? List.of()
                    : LetterPreview.pages(pdf), pdf == null ? "none" : LetterPreview.digest(pdf), List.of());
        } catch (UserError e) {
            made = new Made("", List.of(), "error", e.messages());
        } catch (RuntimeException e) {
            made = new Made("", List.of(), "error", List.of(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        synchronized (cache) {
            cache.put(key, made);
        }
        return Optional.of(made);
    }

    /**
     * The thread {@code letter} belongs to, from the first letter through each follow-up, with where each
     * stands on {@code day}: for the letter's page (a letter with no follow-up has a thread of one).
     */
    static List<Map<String, Object>> chain(ArchiveView view, IssuedLetter letter, LocalDate day) {
        Map<String, TrackerRow> rows = new HashMap<>();
        view.tracker(day).forEach(r -> rows.put(r.letter().reference(), r));
        IssuedLetter first = letter;
        while (first.isFollowUp() && view.letter(first.follows()).isPresent()) {
            first = view.letter(first.follows()).get();
        }
        List<Map<String, Object>> chain = new ArrayList<>();
        for (IssuedLetter at = first; at != null;) {
            TrackerRow row = rows.get(at.reference());
            chain.add(Map.of("reference", at.reference(), "round", at.round(), "date", Words.officers().day(at
                    .letterDate()), "status", row == null ? "" : row.ownStatusText(), "current", at.reference()
                            .equals(letter.reference())));
            String chaser = row == null ? null : row.followedUpBy();
            at = chaser == null ? null : view.letter(chaser).orElse(null);
        }
        return chain;
    }

    /** The day asked for (ISO, as a date field sends it), or today; a day that is no date is said and today used. */
    static LocalDate day(String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add("'" + value.strip() + "' is not a date: give one as 2020-01-21 (year, month, day); today is"
                    + " shown instead");
            return LocalDate.now();
        }
    }
}
