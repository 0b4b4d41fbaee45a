package org.briefgen.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages read from the inbox, each recorded once by its Message-ID: a reply as its letter's
 * response, a bounce as deliveries of its failed addresses; the raw message kept as a file.
 */
final class InboxStore {

    private static final String COLUMNS = "entry_no, message_id, reference, kind, response_entry, file_path,"
            + " file_size, file_sha256, recorded_at, previous_sha256, row_sha256";

    private final Statements statements;
    private final LetterStore letters;
    private final ResponseStore responses;
    private final DeliveryStore deliveries;
    private final OutputFolder folder;
    private final AtomicFiles files;
    private final Clock clock;
    private final String archive;

    InboxStore(Statements statements, LetterStore letters, ResponseStore responses, DeliveryStore deliveries,
            OutputFolder folder, AtomicFiles files, Clock clock, String archive) {
        this.statements = statements;
        this.letters = letters;
        this.responses = responses;
        this.deliveries = deliveries;
        this.folder = folder;
        this.files = files;
        this.clock = clock;
        this.archive = archive;
    }

    /** As {@link Archive#recordReply}. */
    boolean reply(IncomingMessage m) {
        return statements.inTransaction(() -> {
            if (recorded(m.messageId())) {
                return false;
            }
            IssuedLetter letter = letter(m);
            if (m.date() == null) {
                throw new ArchiveException("the reply to " + letter.reference() + " has no date");
            }
            // the date as its sender wrote it: the day the company answered, in its own time zone
            var received = m.date().toLocalDate();
            if (received.isBefore(letter.letterDate())) {
                throw new ArchiveException("the reply to " + letter.reference() + " is dated " + received
                        + ", before the letter's date " + letter.letterDate());
            }
            RecordedFile file = keep(m, letter);
            // recorded by whoever reads the inbox, as a response typed in is by whoever types it
            Response response = responses.insert(letter, ResponseKind.RESPONSE, received, summary(m.subject()), file,
                    null, m.officer(), false);
            insert(m, letter, "reply", response.entryNo(), file);
            return true;
        });
    }

    /** As {@link Archive#recordBounce}. */
    boolean bounce(IncomingMessage m) {
        return statements.inTransaction(() -> {
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
            insert(m, letter, "bounce", null, file);
            return true;
        });
    }

    List<InboxRecord> all() throws SQLException {
        if (!statements.hasColumn("inbox_messages", "message_id")) {
            return List.of();
        }
        List<InboxRecord> rows = new ArrayList<>();
        try (ResultSet rs = statements.prepare("SELECT " + COLUMNS + " FROM inbox_messages ORDER BY entry_no")
                .executeQuery()) {
            while (rs.next()) {
                int responseEntry = rs.getInt(5);
                Integer entry = rs.wasNull() ? null : responseEntry;
                rows.add(new InboxRecord(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), entry,
                        new RecordedFile(rs.getString(6), rs.getLong(7), rs.getString(8)), rs.getString(9),
                        rs.getString(10), rs.getString(11)));
            }
        }
        return rows;
    }

    private boolean recorded(String messageId) throws SQLException {
        return statements.integer("SELECT COUNT(*) FROM inbox_messages WHERE message_id = ?", messageId) > 0;
    }

    private IssuedLetter letter(IncomingMessage m) throws SQLException {
        return letters.letter(m.reference()).orElseThrow(() -> ArchiveMessages.noSuchLetter(m.reference(), archive));
    }

    /**
     * Writes the raw message to {@code responses/REF/REF-<hash>.eml}: named from the reference and
     * the bytes' hash only, never from anything the message says.
     */
    private RecordedFile keep(IncomingMessage m, IssuedLetter letter) throws IOException {
        String safe = letter.reference().replaceAll("[^A-Za-z0-9._-]", "-");
        String hash = Sha256.of(m.raw());
        Path target = folder.resolve("responses").resolve(safe);
        Files.createDirectories(target);
        Path file = target.resolve(safe + "-" + hash.substring(0, 16) + ".eml");
        AtomicFiles.removeLeftovers(target);
        files.writeFile(file, m.raw());
        files.sync(List.of(target));
        return folder.record(file);
    }

    private void insert(IncomingMessage m, IssuedLetter letter, String kind, Integer responseEntry, RecordedFile file)
            throws SQLException {
        int entry = statements.nextEntry("inbox_messages");
        InboxRecord unsigned = new InboxRecord(entry, m.messageId(), letter.reference(), kind, responseEntry, file,
                Statements.timestamp(clock), statements.lastRowHash("inbox_messages"), null);
        InboxRecord row = new InboxRecord(entry, unsigned.messageId(), unsigned.reference(), kind, responseEntry, file,
                unsigned.recordedAt(), unsigned.previousSha256(), RowHash.of(unsigned));
        statements.update("INSERT INTO inbox_messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry, row.messageId(), row.reference(), kind, responseEntry, file.path(), file.size(), file.sha256(),
                row.recordedAt(), row.previousSha256(), row.sha256());
    }

    /** The subject as a summary: on one line, and not longer than the column. */
    private static String summary(String subject) {
        String s = subject == null ? "" : subject.replaceAll("\\p{Cntrl}", " ").strip();
        return s.isEmpty() ? null : s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
