package org.briefgen.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Officer;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.failure.UserError;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

/**
 * Recording a response to a letter (or a correction or withdrawal of one) with the same rules as
 * {@code respond}: the archive applies them. An uploaded file is written by the workbench under a
 * name of its own in its own temporary folder, and the archive copies it in; the upload's name is
 * never used as a path.
 */
final class ResponsePages {

    /** The largest response file accepted. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final Services services;
    private final ArchivePages archive;

    ResponsePages(Services services, ArchivePages archive) {
        this.services = services;
        this.archive = archive;
    }

    void register(RoutesConfig routes) {
        routes.post("/archive/{ref}/responses", this::record);
    }

    private void record(Context ctx) {
        String reference = Names.checked(ctx.pathParam("ref"), "that letter");
        Map<String, String> form = new HashMap<>();
        for (String field : List.of("kind", "received", "summary", "private")) {
            form.put(field, ctx.formParam(field) == null ? "" : ctx.formParam(field));
        }
        List<String> errors = new ArrayList<>();
        ResponseKind kind = switch (form.get("kind")) {
            case "response" -> ResponseKind.RESPONSE;
            case "correction" -> ResponseKind.CORRECTION;
            case "withdrawal" -> ResponseKind.WITHDRAWAL;
            default -> {
                errors.add("choose whether this is a response, a correction or a withdrawal");
                yield null;
            }
        };
        LocalDate received = null;
        if (!form.get("received").isBlank()) {
            try {
                received = LocalDate.parse(form.get("received").strip());
            } catch (DateTimeParseException e) {
                errors.add("'" + form.get("received") + "' is not a date (YYYY-MM-DD)");
            }
        }
        if (kind == ResponseKind.WITHDRAWAL && received != null) {
            errors.add("a withdrawal has no date received");
        } else if (kind != null && kind != ResponseKind.WITHDRAWAL && received == null && errors.isEmpty()) {
            errors.add("the date the response was received is missing");
        }
        UploadedFile upload = ctx.uploadedFile("file");
        boolean hasFile = upload != null && upload.size() > 0;
        if (hasFile && kind == ResponseKind.WITHDRAWAL) {
            errors.add("a withdrawal has no file");
        }
        if (hasFile && upload.size() > MAX_FILE_BYTES) {
            throw new Refused(413, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        if (errors.isEmpty()) {
            Path folder = null;
            try {
                folder = hasFile ? Files.createTempDirectory(services.uploads(), "response-") : null;
                Path file = hasFile ? copy(upload, folder.resolve("response" + extension(upload.filename()))) : null;
                try (Archive store = Archive.openExisting(services.archive(), Clock.systemUTC())) {
                    store.respond(new ResponseRequest(reference, kind, received, form.get("summary"), file,
                            new Officer(services.sessions().of(ctx).officer()), !form.get("private").isEmpty()));
                }
                ctx.redirect("/archive/" + reference + "?recorded", HttpStatus.SEE_OTHER);
                return;
            } catch (UserError e) {
                errors.addAll(e.messages());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the uploaded file: " + e.getMessage(), e);
            } finally {
                delete(folder);
            }
        }
        ctx.status(400);
        services.pages().render(ctx, "archive-letter.ftlh", "archive", archive.letterModel(reference, errors, form));
    }

    /** ".pdf", ".eml", …: the upload's extension when it is short and plain, else none. */
    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? "." + extension : "";
    }

    private static Path copy(UploadedFile upload, Path target) throws IOException {
        try (InputStream in = upload.content()) {
            long copied = Files.copy(in, target);
            if (copied > MAX_FILE_BYTES) {
                throw new Refused(413, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
        }
        return target;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary file left behind is removed with the folder when the workbench stops
        }
    }
}
