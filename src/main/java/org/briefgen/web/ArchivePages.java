package org.briefgen.web;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.Verification;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.web.paging.PageRequest;
import org.briefgen.web.paging.Paged;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The archive: every letter with its files, hashes and responses; one letter's record; verify. */
record ArchivePages(Services services) {

    /** The types of the files the archive serves, by extension; any other is served as bytes to save. */
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "eml", "message/rfc822", "txt",
            "text/plain; charset=utf-8");

    void register(RoutesConfig routes) {
        routes.get("/archive", ctx -> list(ctx, null));
        routes.post("/archive/verify", this::verify);
        routes.get("/archive/{ref}", ctx -> {
            Map<String, Object> model = letterModel(ctx.pathParam("ref"), List.of(), Map.of());
            // after a response is recorded: which kind, said at the top of the page
            String recorded = ctx.queryParam("recorded");
            model.put("recorded", recorded != null && recorded.matches("response|correction|withdrawal") ? recorded
                    : "");
            services.pages().render(ctx, "archive-letter.ftlh", "archive", model);
        });
        routes.get("/archive/{ref}/files/{name}", this::letterFile);
        routes.get("/archive/{ref}/responses/{entry}/file", this::responseFile);
    }

    private void list(Context ctx, Verification verification) {
        ArchiveView view = ArchiveView.read(services.archive());
        Map<String, Object> model = new HashMap<>();
        // a page of the letters, as searched; the count of the whole archive beside it
        PageRequest asked = PageRequest.of(ctx.queryParamMap(), java.util.Set.of());
        Paged<IssuedLetter> letters = asked.slice(view.letters().stream().filter(l -> asked.matches("", l
                .reference(), l.company())).toList(), "/archive");
        model.put("letters", letters);
        model.put("letterCount", view.letters().size());
        Map<String, Integer> responses = new HashMap<>();
        view.responses().forEach(r -> responses.merge(r.reference(), 1, Integer::sum));
        model.put("responseCounts", responses);
        Words words = Words.officers();
        Map<String, Map<String, String>> days = new HashMap<>();
        letters.rows().forEach(l -> days.put(l.reference(), Map.of("letterDate", words.day(l.letterDate()),
                "deadline", words.day(l.deadline()))));
        model.put("days", days);
        model.put("where", services.archive().describe());
        if (verification != null) {
            model.put("verification", verification);
        }
        services.pages().render(ctx, "archive.ftlh", "archive", model);
    }

    private void verify(Context ctx) {
        Verification v;
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC())) {
            v = archive.verify();
        }
        list(ctx, v);
    }

    /** A letter's record, for its page; {@code formErrors} and {@code form} when a response was refused. */
    Map<String, Object> letterModel(String reference, List<String> formErrors, Map<String, String> form) {
        String ref = Names.checked(reference, "that letter");
        ArchiveView view = ArchiveView.read(services.archive());
        IssuedLetter letter = view.letter(ref).orElseThrow(() -> RefusedException.notFound("letter " + ref));
        Map<String, Object> model = new HashMap<>();
        model.put("letter", letter);
        model.put("responses", view.responses().stream().filter(r -> r.reference().equals(ref)).toList());
        model.put("supersededBy", view.letters().stream().filter(l -> ref.equals(l.supersedes())).map(
                IssuedLetter::reference).findFirst().orElse(""));
        model.put("followedUpBy", view.letters().stream().filter(l -> ref.equals(l.follows())).map(
                IssuedLetter::reference).findFirst().orElse(""));
        model.put("chain", FollowUpPages.chain(view, letter, java.time.LocalDate.now()));
        model.put("deliveries", deliveries(view, ref));
        Words dates = Words.officers();
        model.put("dates", Map.of("letterDate", dates.day(letter.letterDate()), "deadline", dates.day(letter
                .deadline()), "issuedAt", dates.moment(letter.issuedAt())));
        model.put("responseDates", view.responses().stream().filter(r -> r.reference().equals(ref)).map(r -> Map.of(
                "received", dates.day(r.received()), "recorded", dates.moment(r.recordedAt()))).toList());
        model.put("formErrors", formErrors);
        model.put("form", form);
        // the response form's example of a written date, in the campaign's language
        model.put("dateExample", ResponsePages.written(ResponsePages.campaignLocale(services)));
        return model;
    }

    /**
     * The letter's deliveries, as the archive recorded them, oldest first: when the server answered (else when
     * recorded), to which address, what became of it, and the server's answer or the reason.
     */
    private static List<Map<String, String>> deliveries(ArchiveView view, String reference) {
        Words dates = Words.officers();
        return view.deliveries().stream().filter(d -> d.reference().equals(reference)).map(d -> Map.of("when",
                dates.moment(d.at() != null ? d.at() : d.recordedAt()), "address", d.address(), "kind", d.kind()
                        .key(),
                "detail", d.detail() == null ? "" : d.detail(), "officer", d.officer() == null ? ""
                        : d.officer()))
                .toList();
    }

    private void letterFile(Context ctx) {
        String ref = Names.checked(ctx.pathParam("ref"), "that letter");
        IssuedLetter letter = ArchiveView.read(services.archive()).letter(ref)
                .orElseThrow(() -> RefusedException.notFound(
                        "letter " + ref));
        // the name is only compared with the names the archive recorded, never used as a path
        String name = Names.checked(ctx.pathParam("name"), "that file");
        RecordedFile file = letter.files().stream().filter(f -> f.path().substring(f.path().lastIndexOf('/') + 1)
                .equals(name)).findFirst().orElseThrow(() -> RefusedException.notFound("file " + name + " of " + ref));
        send(ctx, file);
    }

    private void responseFile(Context ctx) {
        String ref = Names.checked(ctx.pathParam("ref"), "that letter");
        String entry = ctx.pathParam("entry");
        Response response = ArchiveView.read(services.archive()).responses().stream().filter(r -> r.reference()
                .equals(ref) && String.valueOf(r.entryNo()).equals(entry) && r.file() != null).findFirst().orElseThrow(
                        () -> RefusedException.notFound("that response's file"));
        send(ctx, response.file());
    }

    /** A recorded file, found by the path the archive recorded (never by one from the request), inside the output folder. */
    private void send(Context ctx, RecordedFile file) {
        Path root = services.out().toAbsolutePath().normalize();
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            throw RefusedException.notFound(file.path());
        }
        String name = path.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        ctx.contentType(type).header("Content-Disposition", (type.startsWith("application/pdf") ? "inline"
                : "attachment") + "; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        try {
            ctx.result(Files.readAllBytes(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file.path(), e);
        }
    }
}
