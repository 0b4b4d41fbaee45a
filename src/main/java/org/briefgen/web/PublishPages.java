package org.briefgen.web;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.TrackerRow;
import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.load.PublishTarget;
import org.briefgen.failure.UserError;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;
import org.briefgen.publish.Outcome;
import org.briefgen.publish.Publication;
import org.briefgen.publish.Publisher;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Publish: the campaign's publication as known on a day, previewed (its index, a company's page and
 * the PDF report, written into a folder of the workbench's own), then published into the folder of
 * {@code serve --publish-to} by the same code as {@code briefgen publish}, with links to the result.
 */
final class PublishPages {

    /** The types of the publication's files, by extension; any other is served as bytes to save. */
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "pdf", "application/pdf", "png", "image/png", "svg", "image/svg+xml", "txt",
            "text/plain; charset=utf-8", "eml", "message/rfc822");

    private final Services services;
    /** The last preview of each day, by the archive's state when it was made. */
    private final Map<String, Publisher.Published> previews = new HashMap<>();

    PublishPages(Services services) {
        this.services = services;
    }

    void register(RoutesConfig routes) {
        routes.get("/publish", this::page);
        routes.post("/publish", this::publish);
        routes.get("/publish/preview/{day}/<path>", ctx -> {
            LocalDate day = FollowUpPages.day(Names.checked(ctx.pathParam("day"), "that preview"), new ArrayList<>());
            serve(ctx, preview(day).folder(), ctx.pathParam("path"));
        });
        routes.get("/publish/report-page/{day}", ctx -> {
            LocalDate day = FollowUpPages.day(Names.checked(ctx.pathParam("day"), "that preview"), new ArrayList<>());
            Path report = preview(day).folder().resolve("report.pdf");
            ctx.contentType("image/png").result(LetterPreview.pages(Files.readAllBytes(report)).get(0));
        });
        routes.get("/publish/site/<path>", ctx -> {
            Path to = target(services, new ArrayList<>());
            if (to == null) {
                throw RefusedException.notFound("the publication (no folder is set: serve --publish-to DIR)");
            }
            serve(ctx, to, ctx.pathParam("path"));
        });
    }

    private void page(Context ctx) {
        List<String> formErrors = new ArrayList<>();
        LocalDate day = FollowUpPages.day(ctx.queryParam("date"), formErrors);
        services.pages().render(ctx, "publish.ftlh", "publish", model(day, formErrors, null));
    }

    private void publish(Context ctx) {
        List<String> formErrors = new ArrayList<>();
        LocalDate day = FollowUpPages.day(ctx.formParam("date"), formErrors);
        Path to = target(services, formErrors);
        if (to == null && formErrors.isEmpty()) {
            formErrors.add("Nothing was published: no folder is set for the publication. Start the workbench with"
                    + " campaign.yaml's publish_to (or briefgen serve --publish-to DIR; or publish at a terminal:"
                    + " briefgen publish --to DIR).");
        }
        Publisher.Published published = null;
        if (formErrors.isEmpty()) {
            published = publishInto(to, day);
        }
        services.pages().render(ctx, "publish.ftlh", "publish", model(day, formErrors, published));
    }

    private Map<String, Object> model(LocalDate day, List<String> formErrors, Publisher.Published published) {
        Map<String, Object> model = new HashMap<>();
        model.put("date", day.toString());
        model.put("dateText", TrackerRow.text(day));
        model.put("formErrors", formErrors);
        List<String> refused = new ArrayList<>();
        Path to = target(services, refused);
        model.put("publishTo", to == null ? "" : to.toString());
        model.put("publishFrom", from(services));
        if (formErrors.isEmpty()) {
            formErrors.addAll(refused);
        }
        if (ArchiveView.read(services.archive()).letters().isEmpty()) {
            model.put("empty", true);
            return model;
        }
        model.put("empty", false);
        Publisher.Published preview = preview(day);
        model.put("preview", describe(preview, "/publish/preview/" + day + "/"));
        if (published != null) {
            model.put("published", describe(published, "/publish/site/"));
        }
        return model;
    }

    /** What a page says of a publication: its companies and their outcomes, and the links to its files. */
    private static Map<String, Object> describe(Publisher.Published p, String base) {
        List<Map<String, String>> companies = new ArrayList<>();
        for (Publication.Listed c : p.publication().companies()) {
            companies.add(Map.of("company", c.company(), "outcome", c.outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ')));
        }
        Optional<String> company = p.files().stream().filter(f -> f.endsWith(".html") && !f.equals("index.html"))
                .findFirst();
        List<String> counts = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            long n = p.publication().count(o);
            if (n > 0) {
                counts.add(n + " " + o.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return Map.of("companies", companies, "counts", String.join(", ", counts), "index", base + "index.html",
                "report", base + "report.pdf", "company", company.map(f -> base + f).orElse(""), "companyName", p
                        .publication().companies().isEmpty() ? "" : p.publication().companies().get(0).company(),
                "files", p.files().size(), "folder", p.folder().toAbsolutePath().toString());
    }

    /**
     * The folder to publish into: {@code serve --publish-to}, else campaign.yaml's {@code publish_to} (relative to
     * the campaign folder); null when none is set, or when it is refused, which {@code errors} then says: a
     * folder holding the campaign's data, templates or output (publishing would write among them), or inside
     * the data or templates.
     */
    static Path target(Services services, List<String> errors) {
        Path to = services.settings().publishTo();
        if (to == null) {
            try {
                to = PublishTarget.of(services.settings().data()).orElse(null);
            } catch (UserError e) {
                errors.addAll(e.messages());
                return null;
            }
        }
        if (to == null) {
            return null;
        }
        Path folder = to.toAbsolutePath().normalize();
        Path data = services.settings().data().toAbsolutePath().normalize();
        Path templates = services.source().templates().toAbsolutePath().normalize();
        Path out = services.out().toAbsolutePath().normalize();
        if (data.startsWith(folder) || templates.startsWith(folder) || out.startsWith(folder) || folder.startsWith(
                data) || folder.startsWith(templates)) {
            errors.add("Nothing can be published into " + folder + ": it holds the campaign's data, templates or"
                    + " output, or is inside the data or templates. Name a folder of its own (publish_to: site, in"
                    + " campaign.yaml, is beside the data).");
            return null;
        }
        return folder;
    }

    /** Which setting names the folder: the command line's wins over campaign.yaml's. */
    static String from(Services services) {
        return services.settings().publishTo() != null ? "serve --publish-to" : "campaign.yaml's publish_to";
    }

    /** The publication of {@code day} in the workbench's own folder, made again when the archive changed. */
    private Publisher.Published preview(LocalDate day) {
        ArchiveView view = ArchiveView.read(services.archive());
        String key = day + "/" + view.letters().size() + "/" + view.responses().size() + "/" + view.deliveries()
                .size() + "/" + services.source().current().version();
        synchronized (previews) {
            Publisher.Published known = previews.get(key);
            if (known != null) {
                return known;
            }
            Publisher.Published made = publishInto(services.uploads().resolve("publication-preview-" + day), day);
            previews.keySet().removeIf(k -> k.startsWith(day + "/"));
            previews.put(key, made);
            return made;
        }
    }

    private Publisher.Published publishInto(Path to, LocalDate day) {
        Path templates = services.source().templates();
        Publisher publisher = new Publisher(new PdfRenderer(HouseStyle.load(templates.resolve("style.yaml"))));
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC())) {
            return publisher.publish(archive, services.out(), new Publisher.Options(null, day, to, true, words()));
        }
    }

    /** The words of the campaign on disk, in its language, for its publication; British English for any other. */
    private Function<String, Messages> words() {
        Messages english = Messages.builtIn("en-GB");
        CampaignSource.Loaded loaded = services.source().current();
        if (!loaded.ok()) {
            return id -> english;
        }
        Campaign known = loaded.run().data().campaign();
        Messages own = MessageCatalog.load(services.source().templates(), known.language()).forLanguage(known
                .language());
        return id -> id.equals(known.id()) ? own : english;
    }

    /** A file of the publication in {@code folder}: only one of the files found there, by name compared. */
    private static void serve(Context ctx, Path folder, String wanted) {
        Path root = folder.toAbsolutePath().normalize();
        Path file;
        try (var walk = Files.walk(root)) {
            file = walk.filter(Files::isRegularFile).filter(p -> root.relativize(p).toString().replace('\\', '/')
                    .equals(wanted)).findFirst()
                    .orElseThrow(() -> RefusedException.notFound("that file of the publication"));
        } catch (IOException e) {
            throw RefusedException.notFound("the publication");
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream")).result(Files.readAllBytes(
                    file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
