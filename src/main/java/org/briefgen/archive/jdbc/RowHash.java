package org.briefgen.archive.jdbc;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.InboxRecord;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Response;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.ReviewMessage;
import org.briefgen.archive.rules.CanonicalJson;
import org.briefgen.files.Sha256;

/**
 * The hash of an archive row: SHA-256 of its columns (and, for a letter, its files sorted by path)
 * as JSON with sorted keys ({@link CanonicalJson}), the previous row's hash included. Changing any column of any row, or
 * removing a row from the middle, breaks the chain. A column added later is hashed only when it
 * differs from its default (or, like the officer, when there is one), so the rows recorded before
 * it keep their hashes.
 */
final class RowHash {

    private RowHash() {
    }

    static String of(IssuedLetter l) {
        return new Row("letters", l.entryNo())
                .put("reference", l.reference())
                .put("campaign", l.campaign())
                .put("campaign_title", l.campaignTitle())
                .put("subject", l.subject())
                .put("organisation", l.organisation())
                .put("seq", l.sequence())
                .put("recipient_id", l.recipientId())
                .put("company", l.company())
                .put("channels", l.channels())
                .put("letter_date", l.letterDate().toString())
                .put("deadline", l.deadline().toString())
                .put("data_sha256", l.dataSha256())
                // rows recorded before digests had versions were hashed without one, and were all version 1
                .putIf(l.digestVersion() != 1, "digest_version", l.digestVersion())
                .put("templates_sha256", l.templatesSha256())
                .put("supersedes", l.supersedes())
                .put("issued_at", l.issuedAt())
                .put("previous_sha256", l.previousSha256())
                // rows recorded before the archive kept officers were hashed without one
                .putIfSet("officer", l.officer())
                // first letters, and every letter recorded before follow-ups, were hashed without these
                .putIfSet("follows", l.follows())
                .putIf(l.follows() != null, "follow_up_round", l.round())
                .put("files", l.files().stream().sorted(Comparator.comparing(RecordedFile::path)).map(RowHash::file)
                        .toList())
                .hash();
    }

    static String of(Response r) {
        return new Row("responses", r.entryNo())
                .put("reference", r.reference())
                .put("kind", r.kind().key())
                .put("received", r.received() == null ? null : r.received().toString())
                .put("summary", r.summary())
                .put("file", r.file() == null ? null : file(r.file()))
                .put("supersedes", r.supersedes())
                .put("recorded_at", r.recordedAt())
                .put("previous_sha256", r.previousSha256())
                .putIfSet("officer", r.officer())
                // rows recorded before responses could be kept private were hashed without the mark
                .putIf(r.notForPublication(), "not_for_publication", true)
                .hash();
    }

    static String of(DeliveryRow d) {
        return new Row("deliveries", d.entryNo())
                .put("reference", d.reference())
                .put("address", d.address())
                .put("status", d.kind().key())
                .put("message_id", d.messageId())
                .put("attempt", d.attempt())
                .put("answered_at", d.at())
                .put("detail", d.detail())
                .put("recorded_at", d.recordedAt())
                .put("previous_sha256", d.previousSha256())
                // rows recorded before the archive kept who sent were hashed without one
                .putIfSet("officer", d.officer())
                // nor with the bytes handed over, before the archive kept them (V61)
                .putIf(d.sentSha256() != null, "sent_at", d.sentAt())
                .putIfSet("sent_sha256", d.sentSha256())
                .hash();
    }

    static String of(InboxRecord m) {
        return new Row("inbox_messages", m.entryNo())
                .put("message_id", m.messageId())
                .put("reference", m.reference())
                .put("kind", m.kind())
                .put("response_entry", m.responseEntry())
                .put("file", file(m.file()))
                .put("recorded_at", m.recordedAt())
                .put("previous_sha256", m.previousSha256())
                // rows recorded before the archive kept these were hashed without them
                .putIfSet("received_at", m.receivedAt())
                .putIfSet("sender_date", m.senderDate())
                .putIfSet("sender", m.sender())
                .putIfSet("authentication", m.authentication())
                .hash();
    }

    static String of(OfficerRow o) {
        return new Row("officers", o.entryNo())
                .put("name", o.name())
                .put("algorithm", o.algorithm())
                .put("iterations", o.iterations())
                .put("salt", o.salt())
                .put("password_hash", o.passwordHash())
                .put("recorded_at", o.recordedAt())
                .put("previous_sha256", o.previousSha256())
                // rows recorded before roles were hashed without one
                .putIfSet("role", o.role())
                .hash();
    }

    /** An approvals row's hash: over its letters as stored ({@code lettersJson}), byte for byte. */
    static String of(org.briefgen.approval.Decision d, String lettersJson) {
        return new Row("approvals", d.entryNo())
                .put("campaign", d.campaign())
                .put("decision", d.verb())
                .put("officer", d.officer())
                .put("comment", d.comment())
                .put("briefing_sha256", d.briefingSha256())
                .put("letters", lettersJson)
                .put("recorded_at", d.recordedAt())
                .put("previous_sha256", d.previousSha256())
                .hash();
    }

    static String of(ReviewMessage m) {
        return new Row("review_messages", m.entryNo())
                .put("message_id", m.messageId())
                .put("reference", m.reference())
                .put("matched_by", m.matchedBy())
                .put("sender", m.sender())
                .put("subject", m.subject())
                .put("reason", m.reason())
                .put("received_at", m.receivedAt())
                .put("sender_date", m.senderDate())
                .put("authentication", m.authentication())
                .put("file", file(m.file()))
                .put("officer", m.officer())
                .put("recorded_at", m.recordedAt())
                .put("previous_sha256", m.previousSha256())
                .hash();
    }

    static String of(org.briefgen.archive.DismissedMessage d) {
        return new Row("dismissed_messages", d.entryNo())
                .put("message_id", d.messageId())
                .put("sender", d.sender())
                .put("subject", d.subject())
                .put("reason", d.reason())
                .put("officer", d.officer())
                .put("comment", d.comment())
                .put("recorded_at", d.recordedAt())
                .put("previous_sha256", d.previousSha256())
                .hash();
    }

    static String of(ReviewDecision d) {
        return new Row("review_decisions", d.entryNo())
                .put("review_entry", d.reviewEntry())
                .put("decision", d.decision())
                .put("officer", d.officer())
                .put("comment", d.comment())
                .put("response_entry", d.responseEntry())
                .put("recorded_at", d.recordedAt())
                .put("previous_sha256", d.previousSha256())
                .hash();
    }

    private static Map<String, Object> file(RecordedFile f) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", f.path());
        file.put("sha256", f.sha256());
        file.put("size", f.size());
        return file;
    }

    /** A row's columns by name, in the order the hash takes them (sorted). */
    private static final class Row {
        private final Map<String, Object> columns = new TreeMap<>();

        Row(String table, int entryNo) {
            columns.put("table", table);
            columns.put("entry_no", entryNo);
        }

        Row put(String column, Object value) {
            columns.put(column, value);
            return this;
        }

        /** Puts {@code value} when not null: a column added later, hashed only for the rows that have it. */
        Row putIfSet(String column, Object value) {
            return putIf(value != null, column, value);
        }

        Row putIf(boolean present, String column, Object value) {
            if (present) {
                columns.put(column, value);
            }
            return this;
        }

        String hash() {
            // written into the digest as made: an approval's row holds a value for each of its letters (20,000 letters:
            // some 11 MB of JSON, escaped again here, then encoded), and a string and its bytes were two more copies of it
            return Sha256.ofWritten(out -> CanonicalJson.write(out, columns));
        }
    }
}
