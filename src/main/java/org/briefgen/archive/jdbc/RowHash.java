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
import org.briefgen.files.Sha256;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The hash of an archive row: SHA-256 of its columns (and, for a letter, its files sorted by path)
 * as JSON with sorted keys, the previous row's hash included. Changing any column of any row, or
 * removing a row from the middle, breaks the chain. A column added later is hashed only when it
 * differs from its default (or, like the officer, when there is one), so the rows recorded before
 * it keep their hashes.
 */
final class RowHash {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private RowHash() {
    }

    static String of(IssuedLetter l) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "letters");
        row.put("entry_no", l.entryNo());
        row.put("reference", l.reference());
        row.put("campaign", l.campaign());
        row.put("campaign_title", l.campaignTitle());
        row.put("subject", l.subject());
        row.put("organisation", l.organisation());
        row.put("seq", l.sequence());
        row.put("recipient_id", l.recipientId());
        row.put("company", l.company());
        row.put("channels", l.channels());
        row.put("letter_date", l.letterDate().toString());
        row.put("deadline", l.deadline().toString());
        row.put("data_sha256", l.dataSha256());
        // rows recorded before digests had versions were hashed without one, and were all version 1
        if (l.digestVersion() != 1) {
            row.put("digest_version", l.digestVersion());
        }
        row.put("templates_sha256", l.templatesSha256());
        row.put("supersedes", l.supersedes());
        row.put("issued_at", l.issuedAt());
        row.put("previous_sha256", l.previousSha256());
        // rows recorded before the archive kept officers were hashed without one
        if (l.officer() != null) {
            row.put("officer", l.officer());
        }
        // first letters, and every letter recorded before follow-ups, were hashed without these
        if (l.follows() != null) {
            row.put("follows", l.follows());
            row.put("follow_up_round", l.round());
        }
        row.put("files", l.files().stream().sorted(Comparator.comparing(RecordedFile::path)).map(RowHash::file)
                .toList());
        return hash(row);
    }

    static String of(Response r) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "responses");
        row.put("entry_no", r.entryNo());
        row.put("reference", r.reference());
        row.put("kind", r.kind().key());
        row.put("received", r.received() == null ? null : r.received().toString());
        row.put("summary", r.summary());
        row.put("file", r.file() == null ? null : file(r.file()));
        row.put("supersedes", r.supersedes());
        row.put("recorded_at", r.recordedAt());
        row.put("previous_sha256", r.previousSha256());
        if (r.officer() != null) {
            row.put("officer", r.officer());
        }
        // rows recorded before responses could be kept private were hashed without the mark
        if (r.notForPublication()) {
            row.put("not_for_publication", true);
        }
        return hash(row);
    }

    static String of(DeliveryRow d) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "deliveries");
        row.put("entry_no", d.entryNo());
        row.put("reference", d.reference());
        row.put("address", d.address());
        row.put("status", d.kind().key());
        row.put("message_id", d.messageId());
        row.put("attempt", d.attempt());
        row.put("answered_at", d.at());
        row.put("detail", d.detail());
        row.put("recorded_at", d.recordedAt());
        row.put("previous_sha256", d.previousSha256());
        // rows recorded before the archive kept who sent were hashed without one
        if (d.officer() != null) {
            row.put("officer", d.officer());
        }
        // nor with the bytes handed over, before the archive kept them (V61)
        if (d.sentSha256() != null) {
            row.put("sent_at", d.sentAt());
            row.put("sent_sha256", d.sentSha256());
        }
        return hash(row);
    }

    static String of(InboxRecord m) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "inbox_messages");
        row.put("entry_no", m.entryNo());
        row.put("message_id", m.messageId());
        row.put("reference", m.reference());
        row.put("kind", m.kind());
        row.put("response_entry", m.responseEntry());
        row.put("file", file(m.file()));
        row.put("recorded_at", m.recordedAt());
        row.put("previous_sha256", m.previousSha256());
        // rows recorded before the archive kept these were hashed without them
        putIfSet(row, "received_at", m.receivedAt());
        putIfSet(row, "sender_date", m.senderDate());
        putIfSet(row, "sender", m.sender());
        putIfSet(row, "authentication", m.authentication());
        return hash(row);
    }

    static String of(OfficerRow o) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "officers");
        row.put("entry_no", o.entryNo());
        row.put("name", o.name());
        row.put("algorithm", o.algorithm());
        row.put("iterations", o.iterations());
        row.put("salt", o.salt());
        row.put("password_hash", o.passwordHash());
        row.put("recorded_at", o.recordedAt());
        row.put("previous_sha256", o.previousSha256());
        // rows recorded before roles were hashed without one
        putIfSet(row, "role", o.role());
        return hash(row);
    }

    static String of(org.briefgen.approval.Decision d) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "approvals");
        row.put("entry_no", d.entryNo());
        row.put("campaign", d.campaign());
        row.put("decision", d.verb());
        row.put("officer", d.officer());
        row.put("comment", d.comment());
        row.put("briefing_sha256", d.briefingSha256());
        row.put("letters", ApprovalStore.json(d.letters()));
        row.put("recorded_at", d.recordedAt());
        row.put("previous_sha256", d.previousSha256());
        return hash(row);
    }

    static String of(ReviewMessage m) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "review_messages");
        row.put("entry_no", m.entryNo());
        row.put("message_id", m.messageId());
        row.put("reference", m.reference());
        row.put("matched_by", m.matchedBy());
        row.put("sender", m.sender());
        row.put("subject", m.subject());
        row.put("reason", m.reason());
        row.put("received_at", m.receivedAt());
        row.put("sender_date", m.senderDate());
        row.put("authentication", m.authentication());
        row.put("file", file(m.file()));
        row.put("officer", m.officer());
        row.put("recorded_at", m.recordedAt());
        row.put("previous_sha256", m.previousSha256());
        return hash(row);
    }

    static String of(org.briefgen.archive.DismissedMessage d) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "dismissed_messages");
        row.put("entry_no", d.entryNo());
        row.put("message_id", d.messageId());
        row.put("sender", d.sender());
        row.put("subject", d.subject());
        row.put("reason", d.reason());
        row.put("officer", d.officer());
        row.put("comment", d.comment());
        row.put("recorded_at", d.recordedAt());
        row.put("previous_sha256", d.previousSha256());
        return hash(row);
    }

    static String of(ReviewDecision d) {
        Map<String, Object> row = new TreeMap<>();
        row.put("table", "review_decisions");
        row.put("entry_no", d.entryNo());
        row.put("review_entry", d.reviewEntry());
        row.put("decision", d.decision());
        row.put("officer", d.officer());
        row.put("comment", d.comment());
        row.put("response_entry", d.responseEntry());
        row.put("recorded_at", d.recordedAt());
        row.put("previous_sha256", d.previousSha256());
        return hash(row);
    }

    private static void putIfSet(Map<String, Object> row, String column, String value) {
        if (value != null) {
            row.put(column, value);
        }
    }

    private static Map<String, Object> file(RecordedFile f) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", f.path());
        file.put("sha256", f.sha256());
        file.put("size", f.size());
        return file;
    }

    private static String hash(Map<String, Object> row) {
        try {
            return Sha256.of(JSON.writeValueAsString(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
