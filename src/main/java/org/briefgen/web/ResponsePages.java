package org.briefgen.web;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Officer;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.failure.UserError;
import org.briefgen.web.security.RefusedException;

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
record ResponsePages(Services services, ArchivePages archive) {

    /** The largest response file accepted. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
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
            Locale locale = campaignLocale(services);
            received = receivedDate(form.get("received"), locale).orElse(null);
            if (received == null) {
                errors.add("The date received, '" + form.get("received").strip() + "', is not a date: pick it in the"
                        + " calendar, or write it as " + written(locale) + " or 2020-01-16");
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
            throw new RefusedException(413, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        if (errors.isEmpty()) {
            Path folder = null;
            try {
                folder = hasFile ? Files.createTempDirectory(services.uploads(), "response-") : null;
                Path file = hasFile ? copy(upload, folder.resolve(safeName(upload.filename()))) : null;
                try (Archive store = Archives.openExisting(services.archive(), Clock.systemUTC())) {
                    store.respond(new ResponseRequest(reference, kind, received, form.get("summary"), file,
                            new Officer(services.sessions().of(ctx).officer()), !form.get("private").isEmpty()));
                }
                ctx.redirect("/archive/" + reference + "?recorded=" + kind.key(), HttpStatus.SEE_OTHER);
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

    /**
     * The day an officer wrote: as a date field sends it (2020-01-16), or as people write dates in the
     * campaign's language (16/01/2020, 16 Jan 2020, 16 January 2020 in Britain).
     */
    static Optional<LocalDate> receivedDate(String text, Locale locale) {
        String value = text.strip();
        List<DateTimeFormatter> formats = new ArrayList<>(List.of(DateTimeFormatter.ISO_LOCAL_DATE));
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
            // "dd/MM/y" read as "d/M/uuuu": one or two digits for the day and month, a four-digit year
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE,
                    locale).replaceAll("y+", "uuuu").replaceAll("(?<!d)dd(?!d)", "d").replaceAll("(?<!M)MM(?!M)", "M");
            try {
                formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(
                        locale).withResolverStyle(ResolverStyle.STRICT));
            } catch (IllegalArgumentException e) {
                // a language's pattern this reading cannot take: its other ways still count
            }
        }
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /**
     * 16 January 2020 as people write a date in short in {@code locale}, the year in full: the example the
     * response form gives (16/01/2020 in Britain, 1/16/2020 in the United States, 16.01.2020 in Germany).
     */
    static String written(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "uuuu");
        return DateTimeFormatter.ofPattern(pattern, locale).format(LocalDate.of(2020, 1, 16));
    }

    /** The campaign's language (British English when the campaign does not load). */
    static Locale campaignLocale(Services services) {
        CampaignSource.Loaded loaded = services.source().current();
        return Locale.forLanguageTag(loaded.ok() ? loaded.run().data().campaign().language() : "en-GB");
    }

    /**
     * The upload's own name, made safe: its last part only, letters, digits, '.', '-' and '_' kept (any
     * other character a '-'), no leading dot, at most 100 characters; "response" when nothing is left.
     */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename.substring(Math.max(filename.lastIndexOf('/'), filename
                .lastIndexOf('\\')) + 1);
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100).replaceAll("^[.-]+", "");
        }
        return safe.isEmpty() || safe.matches("\\.*") ? "response" + extension(filename) : safe;
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
                throw new RefusedException(413, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
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
