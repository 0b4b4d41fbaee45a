package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.DeliveryRow;

/** The deliveries of letters' e-mails, one row per event, in a hash chain: recorded and read back, never changed. */
final class DeliveryStore {

    private static final String COLUMNS = "entry_no, reference, address, status, message_id, attempt, answered_at,"
            + " detail, recorded_at, previous_sha256, row_sha256, officer, sent_at, sent_sha256";

    private final Statements statements;
    private final LetterStore letters;
    private final Clock clock;
    private final String archive;

    DeliveryStore(StoreContext shared) {
        this.statements = shared.statements();
        this.letters = shared.letters();
        this.clock = shared.clock();
        this.archive = shared.archive();
    }

    /** As {@link Archive#deliver}. */
    List<DeliveryRow> deliver(List<DeliveryEvent> events, boolean resend) {
        return statements.inTransaction(() -> insert(events, resend));
    }

    /** Records {@code events} inside the caller's transaction. */
    List<DeliveryRow> insert(List<DeliveryEvent> events, boolean resend) throws SQLException {
        List<DeliveryRow> rows = new ArrayList<>();
        for (DeliveryEvent e : events) {
            if (letters.letter(e.reference()).isEmpty()) {
                throw ArchiveMessages.noSuchLetter(e.reference(), archive);
            }
            if (e.kind() == DeliveryKind.SENDING) {
                // judged under the write lock: two runs at once cannot both hand the same message over
                Optional<DeliveryRow> last = latest(e.reference(), e.address());
                if (last.isPresent() && last.get().kind().settled()
                        && (!resend || last.get().kind() == DeliveryKind.SENT)) {
                    throw new ArchiveException(e.reference() + " to " + e.address() + " is already "
                            + (last.get().kind() == DeliveryKind.SENDING ? "being sent (or uncertain)"
                                    : last.get().kind().key())
                            + " (recorded " + last.get().recordedAt() + "): it is not sent again");
                }
            }
            int entry = statements.nextEntry("deliveries");
            DeliveryRow unsigned = new DeliveryRow(entry, e.reference(), e.address(), e.kind(), e.messageId(),
                    e.attempt(), e.at(), blankToNull(e.detail()), Statements.timestamp(clock),
                    statements.lastRowHash("deliveries"), null, e.officer().name(), e.sentAt(), e.sentSha256());
            DeliveryRow row = new DeliveryRow(entry, unsigned.reference(), unsigned.address(), unsigned.kind(),
                    unsigned.messageId(), unsigned.attempt(), unsigned.at(), unsigned.detail(), unsigned.recordedAt(),
                    unsigned.previousSha256(), RowHash.of(unsigned), unsigned.officer(), unsigned.sentAt(),
                    unsigned.sentSha256());
            statements.update("INSERT INTO deliveries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)", entry, row.reference(), row.address(), row.kind().key(), row.messageId(), row.attempt(),
                    row.at(), row.detail(), row.recordedAt(), row.previousSha256(), row.sha256(), row.officer(),
                    row.sentAt(), row.sentSha256());
            rows.add(row);
        }
        return rows;
    }

    /** Every row, in the order recorded; none for an archive made before deliveries were recorded. */
    List<DeliveryRow> all() throws SQLException {
        if (!statements.hasColumn("deliveries", "reference")) {
            return List.of();
        }
        return select("", List.of());
    }

    /** Up to {@code limit} rows recorded after entry {@code after} (a keyset page), in the order recorded. */
    List<DeliveryRow> page(int after, int limit) throws SQLException {
        if (!statements.hasColumn("deliveries", "reference")) {
            return List.of();
        }
        return select("WHERE entry_no > ?", List.of(after, limit), " LIMIT ?");
    }

    /** The rows of the letters {@code letters} selects (a subquery of references, with its parameters). */
    List<DeliveryRow> ofLetters(String letters, List<Object> parameters) throws SQLException {
        if (!statements.hasColumn("deliveries", "reference")) {
            return List.of();
        }
        return select("WHERE reference IN (" + letters + ")", parameters, "");
    }

    /** The latest row for the letter and address (addresses compared without case). */
    private Optional<DeliveryRow> latest(String reference, String address) throws SQLException {
        String lower = address.toLowerCase(Locale.ROOT);
        return select("WHERE reference = ?", List.of(reference)).stream()
                .filter(r -> r.address().toLowerCase(Locale.ROOT).equals(lower)).reduce((a, b) -> b);
    }

    private List<DeliveryRow> select(String where, List<Object> parameters) throws SQLException {
        return select(where, parameters, "");
    }

    private List<DeliveryRow> select(String where, List<Object> parameters, String limit) throws SQLException {
        List<DeliveryRow> rows = new ArrayList<>();
        // before the archive kept who sent, none was recorded (a read-only archive is not migrated)
        String columns = statements.hasColumn("deliveries", "officer") ? COLUMNS : COLUMNS.replace("officer", "NULL");
        // nor the bytes handed over, before V61
        if (!statements.hasColumn("deliveries", "sent_sha256")) {
            columns = columns.replace("sent_at", "NULL").replace("sent_sha256", "NULL");
        }
        try (ResultSet rs = statements.prepare("SELECT " + columns + " FROM deliveries " + where + " ORDER BY entry_no"
                + limit,
                parameters.toArray()).executeQuery()) {
            while (rs.next()) {
                rows.add(new DeliveryRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        DeliveryKind.of(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14)));
            }
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
