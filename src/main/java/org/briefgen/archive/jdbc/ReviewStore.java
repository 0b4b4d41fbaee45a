package org.briefgen.archive.jdbc;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.DismissedMessage;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IncomingMessage;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;

/**
 * The review list: messages that name a letter but are not surely its company's reply, each held
 * once (its bytes kept as a file), and the officers' decisions on them, each once. Two hash chains,
 * {@code review_messages} and {@code review_decisions}, read and verified like the others.
 */
final class ReviewStore {

    private final StoreContext shared;
    private static final String MESSAGE_COLUMNS = "entry_no, message_id, reference, matched_by, sender, subject,"
            + " reason, received_at, sender_date, authentication, file_path, file_size, file_sha256, officer,"
            + " recorded_at, previous_sha256, row_sha256";
    private static final String DECISION_COLUMNS = "entry_no, review_entry, decision, officer, comment,"
            + " response_entry, recorded_at, previous_sha256, row_sha256";

    private static final String DISMISSED_COLUMNS = "entry_no, message_id, sender, subject, reason, officer, comment,"
            + " recorded_at, previous_sha256, row_sha256";

    private final InboxStore inbox;

    ReviewStore(StoreContext shared, InboxStore inbox) {
        this.shared = shared;
        this.inbox = inbox;
    }

    /** As {@link Archive#holdForReview}. */
    boolean hold(IncomingMessage m) {
        return shared.statements().inTransaction(() -> {
            if (inbox.recorded(m.messageId())) {
                return false;
            }
            IssuedLetter letter = inbox.letter(m);
            RecordedFile file = inbox.keep(m, letter);
            int entry = shared.statements().nextEntry("review_messages");
            ReviewMessage unsigned = new ReviewMessage(entry, m.messageId(), letter.reference(),
                    m.matchedBy() == null ? "subject" : m.matchedBy(), text(m.sender()), text(m.subject()),
                    reason(m.reason()), InboxStore.text(m.date()), InboxStore.text(m.sentDate()),
                    InboxStore.cut(m.authentication()), file, m.officer().name(), Statements.timestamp(shared.clock()),
                    shared.statements().lastRowHash("review_messages"), null);
            ReviewMessage row = unsigned.withSha256(RowHash.of(unsigned));
            shared.statements().update(
                    "INSERT INTO review_messages (" + MESSAGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    entry, row.messageId(), row.reference(), row.matchedBy(),
                    row.sender(), row.subject(), row.reason(), row.receivedAt(), row.senderDate(),
                    row.authentication(), file.path(), file.size(), file.sha256(), row.officer(), row.recordedAt(),
                    row.previousSha256(), row.sha256());
            return true;
        });
    }

    /** As {@link Archive#decide}; confirmed, to letter {@code target} ({@link Archive#attach}), or null: the named one. */
    ReviewDecision decide(int entry, boolean confirm, String target, Officer officer, String comment) {
        return shared.statements().inTransaction(() -> {
            ReviewMessage m = messages().stream().filter(x -> x.entryNo() == entry).findFirst()
                    .orElseThrow(() -> new ArchiveException("the review list has no message #" + entry
                            + " (briefgen inbox review lists them)"));
            Optional<ReviewDecision> earlier = decisions().stream().filter(d -> d.reviewEntry() == entry).findFirst();
            if (earlier.isPresent()) {
                ReviewDecision d = earlier.get();
                throw new ArchiveException("#" + entry + " was already " + d.decision() + " by " + d.officer() + " at "
                        + d.recordedAt() + ": a message is decided once");
            }
            Integer responseEntry = null;
            if (confirm) {
                IssuedLetter letter = inbox.letter(new IncomingMessage(target == null ? m.reference() : target, m
                        .messageId(), null, null, new byte[0], List.of(), null));
                // the organisation's time of arrival; without one, the sender's word, which the officer saw
                OffsetDateTime received = moment(m.receivedAt() != null ? m.receivedAt() : m.senderDate());
                if (received == null) {
                    received = shared.clock().instant().atOffset(ZoneOffset.UTC);
                }
                Response response = inbox.respond(letter, received, m.subject(), m.file(), officer);
                responseEntry = response.entryNo();
                inbox.insert(
                        new InboxRecord(0, m.messageId(), letter.reference(), "reply", responseEntry, m.file(), null,
                                null, null, InboxStore.text(received), m.senderDate(), m.sender(), m.authentication()));
            }
            int next = shared.statements().nextEntry("review_decisions");
            ReviewDecision unsigned = new ReviewDecision(next, entry, confirm ? ReviewDecision.CONFIRMED
                    : ReviewDecision.DISMISSED, officer.name(),
                    comment == null || comment.isBlank() ? null
                            : InboxStore.cut(comment),
                    responseEntry, Statements.timestamp(shared.clock()),
                    shared.statements().lastRowHash("review_decisions"), null);
            ReviewDecision row = unsigned.withSha256(RowHash.of(unsigned));
            shared.statements()
                    .update("INSERT INTO review_decisions (" + DECISION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?)", next, entry, row.decision(), row.officer(), row.comment(), responseEntry,
                            row.recordedAt(),
                            row.previousSha256(), row.sha256());
            return row;
        });
    }

    /** As {@link Archive#dismiss}. */
    DismissedMessage dismiss(String messageId, String sender, String subject, String reason, Officer officer,
            String comment) {
        return shared.statements().inTransaction(() -> {
            Optional<DismissedMessage> earlier = dismissed().stream().filter(d -> d.messageId().equals(messageId))
                    .findFirst();
            if (earlier.isPresent()) {
                throw new ArchiveException(messageId + " was already dismissed by " + earlier.get().officer() + " at "
                        + earlier.get().recordedAt() + ": a message is dismissed once");
            }
            if (inbox.recorded(messageId)) {
                throw new ArchiveException(messageId + " is recorded against a letter, or held for review: it is not"
                        + " dismissed");
            }
            int entry = shared.statements().nextEntry("dismissed_messages");
            DismissedMessage unsigned = new DismissedMessage(entry, messageId, text(sender), text(subject), reason(
                    reason), officer.name(), comment == null || comment.isBlank() ? null : InboxStore.cut(comment),
                    Statements.timestamp(shared.clock()), shared.statements().lastRowHash("dismissed_messages"), null);
            DismissedMessage row = unsigned.withSha256(RowHash.of(unsigned));
            shared.statements().update("INSERT INTO dismissed_messages (" + DISMISSED_COLUMNS + ") VALUES (?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)", entry, row.messageId(), row.sender(), row.subject(), row.reason(),
                    row.officer(), row.comment(), row.recordedAt(), row.previousSha256(), row.sha256());
            return row;
        });
    }

    /** Every message set aside, in the order set aside (none in an archive from before they could be). */
    List<DismissedMessage> dismissed() throws SQLException {
        if (!shared.statements().hasColumn("dismissed_messages", "message_id")) {
            return List.of();
        }
        return shared.statements().list("SELECT " + DISMISSED_COLUMNS + " FROM dismissed_messages ORDER BY entry_no",
                rs -> new DismissedMessage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs
                        .getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs
                                .getString(10)));
    }

    List<ReviewMessage> messages() throws SQLException {
        if (!shared.statements().hasColumn("review_messages", "message_id")) {
            return List.of();
        }
        return shared.statements().list("SELECT " + MESSAGE_COLUMNS + " FROM review_messages ORDER BY entry_no",
                rs -> new ReviewMessage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(
                        5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        new RecordedFile(rs.getString(11), rs.getLong(12), rs.getString(13)), rs.getString(14), rs
                                .getString(15),
                        rs.getString(16), rs.getString(17)));
    }

    List<ReviewDecision> decisions() throws SQLException {
        if (!shared.statements().hasColumn("review_decisions", "decision")) {
            return List.of();
        }
        return shared.statements().list("SELECT " + DECISION_COLUMNS + " FROM review_decisions ORDER BY entry_no",
                rs -> {
                    int response = rs.getInt(6);
                    Integer responseEntry = rs.wasNull() ? null : response;
                    return new ReviewDecision(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs
                            .getString(5), responseEntry, rs.getString(7), rs.getString(8), rs.getString(9));
                });
    }

    private static OffsetDateTime moment(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String s) {
        String line = InboxStore.cut(s);
        return line == null ? "" : line;
    }

    private static String reason(String s) {
        String line = text(s);
        return line.isEmpty() ? "not surely its company's reply" : line;
    }
}
