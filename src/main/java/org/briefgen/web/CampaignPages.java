package org.briefgen.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.briefgen.archive.rules.TrackerStatus;
import org.briefgen.batch.RenderedLetter;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.Letter;
import org.briefgen.web.explain.Explanations;
import org.briefgen.web.paging.PageRequest;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The campaign page (its state, problems, recipients) and each recipient's letter preview. */
record CampaignPages(Services services) {

    /** The statuses of a campaign whose e-mails briefgen sends, shown only when some letter has one. */
    private static final Set<String> SENDING_KEYS = Arrays.stream(TrackerStatus.values())
            .filter(TrackerStatus::ofDelivery).map(s -> s.key().replace(' ', '-')).collect(Collectors.toSet());

    /** The files a preview offers, by the name in its address, with their suffix and type. */
    private static final Map<String, String[]> FILES = Map.of("pdf", new String[] {".pdf", "application/pdf"},
            "docx", new String[] {".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            "eml", new String[] {".eml", "message/rfc822"}, "post", new String[] {".post.txt",
                    "text/plain; charset=utf-8"});

    /** How many warnings and problems the campaign page shows before linking to the rest. */
    static final int FIRST = 10;

    /**
     * How long the campaign page of a campaign of more than {@link #FOLLOWED_FROM} letters waits for the check of
     * every letter before showing how far it has got, and following it: 20,000 letters take seconds to make.
     */
    static final long WAIT_MILLIS = 1_000;

    /** A campaign of at most this many letters has its problems on its page as it opens, however long the check. */
    static final int FOLLOWED_FROM = 500;

    void register(RoutesConfig routes) {
        routes.get("/", this::campaign);
        routes.get("/letters/{id}", this::letter);
        routes.get("/warnings", ctx -> messages(ctx, "warnings"));
        routes.get("/problems", ctx -> messages(ctx, "problems"));
        routes.get("/problems/progress", this::problemsFragment);
        routes.get("/letters/{id}/pages/{n}", this::page);
        routes.get("/letters/{id}/files/{kind}", this::file);
    }

    private void campaign(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        if (loaded.ok()) {
            // the check of every letter starts (if nothing started it) while the archive is read
            loaded.check();
            CampaignData data = loaded.run().data();
            ArchiveView archive = ArchiveView.read(services.archive());
            List<RecipientRow> rows = RecipientRow.of(data.recipients(), data.campaign().id(), archive.tracker(
                    LocalDate.now()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String key : List.of("to-issue", "not-sent", "sent", "awaiting", "responded", "overdue", "late",
                    "bounced", "uncertain")) {
                int n = (int) rows.stream().filter(r -> r.statusKey().equals(key)).count();
                // the sending statuses only once the campaign is sent by briefgen: the others always
                if (n > 0 || !SENDING_KEYS.contains(key)) {
                    counts.put(key, n);
                }
            }
            model.put("campaign", data.campaign());
            model.put("letterDate", data.campaign().letterDate().toString());
            if (!data.recipients().isEmpty()) {
                Letter letter = loaded.run().merge(data.recipients().get(0), 1).letter();
                model.put("letterDateText", letter.date().text());
                model.put("deadlineText", letter.deadline().text());
            }
            model.put("counts", counts);
            Map<String, String> words = new LinkedHashMap<>();
            counts.keySet().forEach(key -> words.put(key, Words.status(key)));
            model.put("words", words);
            // the first few of each, and how many: a campaign of 20,000 can have thousands (their own pages list them)
            List<String> warnings = loaded.run().warnings().stream().map(Problem::toString).toList();
            model.put("warnings", warnings.subList(0, Math.min(FIRST, warnings.size())));
            model.put("warningCount", warnings.size());
            problems(loaded, model, patience(loaded));
            // a page of the recipients, as filtered; the counts above stay those of the whole campaign
            PageRequest asked = PageRequest.of(ctx.queryParamMap(), words.keySet());
            model.put("recipients", asked.slice(rows.stream().filter(r -> asked.matches(r.statusKey(), r.company(), r
                    .id(), r.reference(), r.email())).toList(), "/"));
            model.put("recipientCount", rows.size());
            model.put("approvals", org.briefgen.batch.Approvals.required(loaded.run()) ? ApprovePages.counts(
                    services, loaded) : Map.of());
        }
        services.pages().render(ctx, "campaign.ftlh", "campaign", model);
    }

    /** How long a page waits for the check of {@code loaded}'s letters: however long for a small campaign. */
    static long patience(CampaignSource.Loaded loaded) {
        return loaded.recipients() > FOLLOWED_FROM ? WAIT_MILLIS : Long.MAX_VALUE;
    }

    /**
     * The first problems of the campaign's letters and how many, into {@code model}; or, when the check of every
     * letter has not ended within {@code millis}, how far it has got ({@code checking}), for the page to follow.
     */
    static void problems(CampaignSource.Loaded loaded, Map<String, Object> model, long millis) {
        Optional<List<String>> found = loaded.problems(millis);
        if (found.isEmpty()) {
            model.put("checking", Map.of("checked", loaded.checked(), "total", loaded.recipients()));
            return;
        }
        List<String> problems = found.get();
        model.put("problems", new Explanations(loaded.run().data()).of(problems.subList(0, Math.min(FIRST, problems
                .size()))));
        model.put("problemCount", problems.size());
    }

    /**
     * The campaign page's problems (the issue page's with {@code ?for=issue}) as the check finds them: how far it
     * has got, then what it found.
     */
    private void problemsFragment(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        model.put("forIssue", "issue".equals(ctx.queryParam("for")));
        if (loaded.ok()) {
            problems(loaded, model, 0);
        }
        services.pages().render(ctx, "problems-progress-fragment.ftlh", "campaign", model);
    }

    /** Every warning, or every problem, of the campaign: a page of them at a time, searched. */
    private void messages(Context ctx, String kind) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        model.put("kind", kind);
        if (loaded.ok()) {
            List<String> all = kind.equals("warnings") ? loaded.run().warnings().stream().map(Problem::toString)
                    .toList() : loaded.problems();
            PageRequest asked = PageRequest.of(ctx.queryParamMap(), Set.of());
            var page = asked.slice(all.stream().filter(m -> asked.matches("", m)).toList(), "/" + kind);
            model.put("messages", kind.equals("warnings") ? page : page.map(new Explanations(loaded.run().data())::of));
        }
        services.pages().render(ctx, "messages.ftlh", "campaign", model);
    }

    private void letter(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, Object> model = loaded.model();
        if (loaded.ok()) {
            Recipient recipient = recipient(loaded, ctx.pathParam("id"));
            LetterPreview.Made made = preview(loaded, recipient);
            model.put("recipient", recipient);
            model.put("made", Map.of("reference", made.reference() == null ? "" : made.reference(), "pages", made
                    .pages().size(), "digest", made.digest(), "skipped", made.skipped(), "errors", made.errors()));
            model.put("pageNumbers", IntStream.range(0, made.pages().size()).boxed().toList());
            model.put("kinds", FILES.keySet().stream().sorted().filter(k -> made.file(FILES.get(k)[0]).isPresent())
                    .toList());
            model.put("post", made.file(".post.txt").map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                    .orElse(""));
            model.putAll(new EmailPages(services).model(ctx, loaded, recipient, made));
            model.put("issued", ArchiveView.read(services.archive()).letters().stream().anyMatch(l -> l.recipientId()
                    .equals(recipient.id()) && l.campaign().equals(loaded.run().data().campaign().id())));
        }
        services.pages().render(ctx, "letter.ftlh", "campaign", model);
    }

    private void page(Context ctx) {
        CampaignSource.Loaded loaded = usable();
        LetterPreview.Made made = preview(loaded, recipient(loaded, ctx.pathParam("id")));
        int n = Names.index(ctx.pathParam("n").replaceFirst("\\.png$", ""), made.pages().size(), "that page");
        ctx.contentType("image/png").result(made.pages().get(n));
    }

    private void file(Context ctx) {
        CampaignSource.Loaded loaded = usable();
        Recipient recipient = recipient(loaded, ctx.pathParam("id"));
        String[] kind = FILES.get(ctx.pathParam("kind"));
        if (kind == null) {
            throw RefusedException.notFound("that file");
        }
        RenderedLetter.File file = preview(loaded, recipient).file(kind[0]).orElseThrow(() -> RefusedException.notFound(
                "that file"));
        ctx.contentType(kind[1]).header("Content-Disposition", "attachment; filename=\"preview-" + recipient.id()
                + kind[0] + "\"").result(file.bytes());
    }

    private CampaignSource.Loaded usable() {
        CampaignSource.Loaded loaded = services.source().current();
        if (!loaded.ok()) {
            throw RefusedException.notFound("the letter (the campaign does not load)");
        }
        return loaded;
    }

    private LetterPreview.Made preview(CampaignSource.Loaded loaded, Recipient recipient) {
        return services.previews().of(loaded, recipient, ArchiveView.read(services.archive()).letters());
    }

    /** The recipient named in the address, or 404: the name is only ever compared, never used as a path. */
    private static Recipient recipient(CampaignSource.Loaded loaded, String id) {
        String checked = Names.checked(id, "that recipient");
        return loaded.run().data().recipient(checked)
                .orElseThrow(() -> RefusedException.notFound("recipient '" + checked + "'"));
    }
}
