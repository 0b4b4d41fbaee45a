package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;
import org.briefgen.archive.ResponseRequest;
import org.briefgen.files.AtomicFiles;
import org.briefgen.merge.FileNames;

/** The responses to letters: recorded (with a copy of their file) and read back; never changed. */
final class ResponseStore {

    private final StoreContext shared;
    private static final String COLUMNS = "entry_no, reference, kind, received, summary, file_path, file_size,"
            + " file_sha256, supersedes, recorded_at, previous_sha256, row_sha256, officer, not_for_publication";

    /** The columns read: an archive opened read-only keeps the schema it was written with. */
    private String selected;

    ResponseStore(StoreContext shared) {
        this.shared = shared;
    }

    /** As {@link Archive#respond}. */
    Response respond(ResponseRequest request) {
        return shared.statements().inTransaction(() -> {
            IssuedLetter letter = shared.letters().letter(request.reference())
                    .orElseThrow(() -> ArchiveMessages.noSuchLetter(request.reference(), shared.archive()));
            Integer supersedes = null;
            boolean notForPublication = request.notForPublication();
            if (request.kind() == ResponseKind.RESPONSE) {
                if (request.received() == null) {
                    throw new ArchiveException("a response needs the date it was received");
                }
            } else {
                Response standing = standing(to(letter.reference())).orElseThrow(() -> new ArchiveException(
                        letter.reference() + " has no response to " + (request.kind() == ResponseKind.CORRECTION
                                ? "correct" : "withdraw")));
                supersedes = standing.entryNo();
                // a company's wish to keep its response private outlives a correction of its date or summary
                notForPublication |= standing.notForPublication();
            }
            // before any file is copied in
            checkReceived(letter, request.received());
            RecordedFile file = null;
            if (request.file() != null) {
                file = shared.folder()
                        .record(copyIn(request.file(), letter.reference(), shared.statements().nextEntry("responses")));
            }
            return insert(letter, request.kind(), request.received(), request.summary(), file, supersedes,
                    request.officer(), notForPublication);
        });
    }

    /**
     * A response to {@code letter} whose file (if any) is already written, inside the caller's
     * transaction; the file's bytes are kept in the archive too when it keeps files.
     */
    Response insert(IssuedLetter letter, ResponseKind kind, LocalDate received, String summary, RecordedFile file,
            Integer supersedes, Officer officer, boolean notForPublication) throws SQLException, IOException {
        checkReceived(letter, received);
        if (file != null) {
            shared.stored().store(shared.folder().resolve(file.path()), file);
        }
        int entry = shared.statements().nextEntry("responses");
        Response unsigned = new Response(entry, letter.reference(), kind, received, blankToNull(summary), file,
                supersedes, Statements.timestamp(shared.clock()), shared.statements().lastRowHash("responses"), null,
                officer.name(),
                notForPublication);
        Response response = new Response(entry, unsigned.reference(), unsigned.kind(), unsigned.received(),
                unsigned.summary(), file, supersedes, unsigned.recordedAt(), unsigned.previousSha256(),
                RowHash.of(unsigned), unsigned.officer(), notForPublication);
        shared.statements().update(
                "INSERT INTO responses (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry, response.reference(), response.kind().key(), response.received() == null ? null
                        : response.received().toString(),
                response.summary(), file == null ? null : file.path(), file == null ? null : file.size(),
                file == null ? null : file.sha256(), supersedes, response.recordedAt(), response.previousSha256(),
                response.sha256(), response.officer(), notForPublication ? 1 : 0);
        return response;
    }

    private static void checkReceived(IssuedLetter letter, LocalDate received) {
        if (received != null && received.isBefore(letter.letterDate())) {
            throw new ArchiveException("the response to " + letter.reference() + " cannot be received on "
                    + received + ", before the letter's date " + letter.letterDate());
        }
    }

    /** The latest response to a letter that no correction or withdrawal has replaced. */
    static Optional<Response> standing(List<Response> responses) {
        Set<Integer> replaced = new HashSet<>();
        responses.forEach(r -> {
            if (r.supersedes() != null) {
                replaced.add(r.supersedes());
            }
        });
        return responses.stream().filter(r -> r.kind() != ResponseKind.WITHDRAWAL && !replaced.contains(r.entryNo()))
                .reduce((a, b) -> b);
    }

    /** Every row of the responses table, in the order recorded. */
    List<Response> all() throws SQLException {
        return select("");
    }

    /** The responses to the letters {@code letters} selects (a subquery of references, with its parameters). */
    List<Response> toLetters(String letters, Object... parameters) throws SQLException {
        return select("WHERE reference IN (" + letters + ")", parameters);
    }

    private List<Response> to(String reference) throws SQLException {
        return select("WHERE reference = ?", reference);
    }

    /** Copies a response's file to {@code responses/<reference>/<entry>-<name>} in the output folder. */
    private Path copyIn(Path source, String reference, int entry) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new ArchiveException(source + ": file not found");
        }
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "")
                : "";
        String stem = FileNames.slug(dot > 0 ? name.substring(0, dot) : name);
        Path target = shared.folder().resolve("responses").resolve(reference.replaceAll("[^A-Za-z0-9._-]", "-"));
        Files.createDirectories(target);
        Path copy = target.resolve(entry + "-" + stem + (extension.isEmpty() ? "" : "." + extension));
        AtomicFiles.removeLeftovers(target);
        shared.files().copyFile(source, copy);
        shared.files().sync(List.of(target));
        return copy;
    }

    private List<Response> select(String where, Object... parameters) throws SQLException {
        if (selected == null) {
            // before the archive kept officers, none was recorded; before responses could be private, none was
            String columns = shared.statements().hasColumn("responses", "officer") ? COLUMNS
                    : COLUMNS.replace("officer,", "NULL,");
            selected = shared.statements().hasColumn("responses", "not_for_publication") ? columns
                    : columns.replace("not_for_publication", "0");
        }
        List<Response> responses = new ArrayList<>();
        try (ResultSet rs = shared.statements()
                .prepare("SELECT " + selected + " FROM responses " + where + " ORDER BY entry_no",
                        parameters)
                .executeQuery()) {
            while (rs.next()) {
                String received = rs.getString(4);
                String path = rs.getString(6);
                RecordedFile file = path == null ? null : new RecordedFile(path, rs.getLong(7), rs.getString(8));
                int supersedes = rs.getInt(9);
                Integer replaced = rs.wasNull() ? null : supersedes;
                responses.add(new Response(rs.getInt(1), rs.getString(2), ResponseKind.of(rs.getString(3)),
                        received == null ? null : LocalDate.parse(received), rs.getString(5), file, replaced,
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14) == 1));
            }
        }
        return responses;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
