package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IncomingMessage;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ResponseKind;
import org.briefgen.files.AtomicFiles;
import org.briefgen.files.Sha256;

/**
 * Messages read from the inbox, each recorded once by its Message-ID: a reply as its letter's
 * response, a bounce as deliveries of its failed addresses; the raw message kept as a file.
 */
record InboxStore(StoreContext shared, ResponseStore responses, DeliveryStore deliveries) {
    private static final String COLUMNS = "entry_no, message_id, reference, kind, response_entry, file_path,"
            + " file_size, file_sha256, recorded_at, previous_sha256, row_sha256";
    /** What V50 added: kept beside the message. */
    private static final String BESIDE = ", received_at, sender_date, sender, authentication";

    /** As {@link Archive#recordReply}. */
    boolean reply(IncomingMessage m) {
        return shared.statements().inTransaction(() -> {
            if (recorded(m.messageId())) {
                return false;
            }
            IssuedLetter letter = letter(m);
            if (m.date() == null) {
                throw new ArchiveException("the reply to " + letter.reference() + " has no date");
            }
            RecordedFile file = keep(m, letter);
            // recorded by whoever reads the inbox, as a response typed in is by whoever types it
            Response response = respond(letter, m.date(), m.subject(), file, m.officer());
            insert(new InboxRecord(0, m.messageId(), letter.reference(), "reply", response.entryNo(), file, null, null,
                    null, text(m.date()), text(m.sentDate()), m.sender(), m.authentication()));
            return true;
        });
    }

    /**
     * Records {@code letter}'s response received at {@code received} (the organisation's time: its date
     * there is the day the company answered), summarised by {@code subject}, its file the message kept.
     */
    Response respond(IssuedLetter letter, OffsetDateTime received, String subject, RecordedFile file,
            Officer officer) throws SQLException, IOException {
        LocalDate day = received.toLocalDate();
        if (day.isBefore(letter.letterDate())) {
            throw new ArchiveException("the reply to " + letter.reference() + " was received " + day
                    + ", before the letter's date " + letter.letterDate());
        }
        return responses.insert(letter, ResponseKind.RESPONSE, day, summary(subject), file, null, officer, false);
    }

    /** As {@link Archive#recordBounce}. */
    boolean bounce(IncomingMessage m) {
        return shared.statements().inTransaction(() -> {
            if (recorded(m.messageId())) {
                return false;
            }
            IssuedLetter letter = letter(m);
            if (m.failed().isEmpty() || m.letterMessageId() == null) {
                throw new ArchiveException("the bounce of " + letter.reference() + " names no failed address");
            }
            RecordedFile file = keep(m, letter);
            String at = m.date() == null ? null : DateTimeFormatter.ISO_INSTANT.format(m.date().toInstant());
            List<DeliveryEvent> events = new ArrayList<>();
            for (IncomingMessage.Failed f : m.failed()) {
                events.add(new DeliveryEvent(letter.reference(), f.address(), DeliveryKind.BOUNCED,
                        m.letterMessageId(), 0, at, f.reason(), m.officer()));
            }
            deliveries.insert(events, false);
            insert(new InboxRecord(0, m.messageId(), letter.reference(), "bounce", null, file, null, null, null,
                    text(m.date()), text(m.sentDate()), m.sender(), m.authentication()));
            return true;
        });
    }

    List<InboxRecord> all() throws SQLException {
        return select("");
    }

    /** The messages about the letters {@code letters} selects (a subquery of references, with its parameters). */
    List<InboxRecord> aboutLetters(String letters, Object... parameters) throws SQLException {
        return select("WHERE reference IN (" + letters + ") ", parameters);
    }

    private List<InboxRecord> select(String where, Object... parameters) throws SQLException {
        if (!shared.statements().hasColumn("inbox_messages", "message_id")) {
            return List.of();
        }
        // an archive opened read-only keeps the schema it was written with
        boolean beside = shared.statements().hasColumn("inbox_messages", "authentication");
        List<InboxRecord> rows = new ArrayList<>();
        try (ResultSet rs = shared.statements().prepare("SELECT " + COLUMNS + (beside ? BESIDE : "")
                + " FROM inbox_messages " + where + "ORDER BY entry_no", parameters).executeQuery()) {
            while (rs.next()) {
                int responseEntry = rs.getInt(5);
                Integer entry = rs.wasNull() ? null : responseEntry;
                rows.add(new InboxRecord(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), entry,
                        new RecordedFile(rs.getString(6), rs.getLong(7), rs.getString(8)), rs.getString(9),
                        rs.getString(10), rs.getString(11), beside ? rs.getString(12) : null,
                        beside ? rs.getString(13) : null, beside ? rs.getString(14) : null,
                        beside ? rs.getString(15) : null));
            }
        }
        return rows;
    }

    /** Whether a message with {@code messageId} was recorded, or held for review. */
    boolean recorded(String messageId) throws SQLException {
        return shared.statements().integer("SELECT COUNT(*) FROM inbox_messages WHERE message_id = ?", messageId) > 0
                || shared.statements().integer("SELECT COUNT(*) FROM review_messages WHERE message_id = ?",
                        messageId) > 0;
    }

    IssuedLetter letter(IncomingMessage m) throws SQLException {
        return shared.letters().letter(m.reference())
                .orElseThrow(() -> ArchiveMessages.noSuchLetter(m.reference(), shared.archive()));
    }

    /**
     * Writes the raw message to {@code responses/REF/REF-<hash>.eml}: named from the reference and
     * the bytes' hash only, never from anything the message says.
     */
    RecordedFile keep(IncomingMessage m, IssuedLetter letter) throws IOException {
        String safe = letter.reference().replaceAll("[^A-Za-z0-9._-]", "-");
        String hash = Sha256.of(m.raw());
        Path target = shared.folder().resolve("responses").resolve(safe);
        Files.createDirectories(target);
        Path file = target.resolve(safe + "-" + hash.substring(0, 16) + ".eml");
        AtomicFiles.removeLeftovers(target);
        shared.files().writeFile(file, m.raw());
        shared.files().sync(List.of(target));
        return shared.folder().record(file);
    }

    /** Appends {@code m} (its entry, time and hashes taken here) to the inbox_messages chain. */
    void insert(InboxRecord m) throws SQLException {
        int entry = shared.statements().nextEntry("inbox_messages");
        InboxRecord unsigned = new InboxRecord(entry, m.messageId(), m.reference(), m.kind(), m.responseEntry(),
                m.file(), Statements.timestamp(shared.clock()), shared.statements().lastRowHash("inbox_messages"), null,
                m.receivedAt(),
                m.senderDate(), cut(m.sender()), cut(m.authentication()));
        InboxRecord row = unsigned.withSha256(RowHash.of(unsigned));
        RecordedFile file = row.file();
        shared.statements().update("INSERT INTO inbox_messages (" + COLUMNS + BESIDE
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry, row.messageId(), row.reference(),
                row.kind(), row.responseEntry(), file.path(), file.size(), file.sha256(), row.recordedAt(),
                row.previousSha256(), row.sha256(), row.receivedAt(), row.senderDate(), row.sender(),
                row.authentication());
    }

    /** A moment as the archive keeps it beside a message: ISO-8601 with its offset; null stays null. */
    static String text(OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    /** One line, at most 1000 characters (the column); null stays null. */
    static String cut(String s) {
        if (s == null) {
            return null;
        }
        String line = s.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 1000 ? line.substring(0, 1000) : line;
    }

    /** The subject as a summary: on one line, and not longer than the column. */
    static String summary(String subject) {
        String s = subject == null ? "" : subject.replaceAll("\\p{Cntrl}", " ").strip();
        return s.isEmpty() ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
