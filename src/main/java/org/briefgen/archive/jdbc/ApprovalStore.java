package org.briefgen.archive.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Decision;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.files.Sha256;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Approvals and rejections of a campaign's letters, each a row of the {@code approvals} chain, with
 * the letters it names as JSON (their digests, and the SHA-256 of their words, which are kept once
 * each in {@code blobs}); read one row at a time, and verified like the other chains: the row's hash
 * is taken over the JSON as stored.
 */
record ApprovalStore(Statements statements, Clock clock) {

    /** An approvals row as read: the decision, and its letters as the row keeps and hashes them. */
    record Row(Decision decision, String lettersJson) {
    }

    /** The rows of the chain, one at a time. */
    interface Rows {
        void each(Consumer<Row> row) throws SQLException;
    }

    private static final String COLUMNS = "entry_no, campaign, decision, officer, comment, briefing_sha256, letters,"
            + " recorded_at, previous_sha256, row_sha256";
    // nulls left out: a letter's words were once kept inline, and are now named by their SHA-256
    private static final JsonMapper JSON = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    /** As {@link Archive#recordApproval}. */
    Decision record(Decision decision, Function<String, Optional<String>> texts) {
        if (decision.comment() != null && decision.comment().length() > 4000) {
            throw new ArchiveException("a comment is at most 4,000 characters");
        }
        String letters = json(decision.letters());
        return statements.inTransaction(() -> {
            keepTexts(decision.letters(), texts);
            Decision unsigned = decision.with(statements.nextEntry("approvals"), Statements.timestamp(clock),
                    statements.lastRowHash("approvals"));
            Decision row = unsigned.withSha256(RowHash.of(unsigned, letters));
            statements.update("INSERT INTO approvals (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row
                    .entryNo(), row.campaign(), row.verb(), row.officer(), row.comment(), row.briefingSha256(),
                    letters, row.recordedAt(), row.previousSha256(), row.sha256());
            return row;
        });
    }

    /** Each letter's words, once, unless the archive has them already: refused when a text is not the one named. */
    private void keepTexts(List<Candidate> letters, Function<String, Optional<String>> texts) throws SQLException {
        StoredFiles blobs = new StoredFiles(statements, true, Integer.MAX_VALUE, Integer.MAX_VALUE);
        Set<String> done = new HashSet<>();
        for (Candidate c : letters) {
            if (c.textSha256() == null || !done.add(c.textSha256()) || blobs.has(c.textSha256())) {
                continue;
            }
            byte[] bytes = texts.apply(c.textSha256()).orElseThrow(() -> new IllegalStateException("the words of "
                    + c.describe() + " were not kept")).getBytes(StandardCharsets.UTF_8);
            if (!Sha256.of(bytes).equals(c.textSha256())) {
                throw new IllegalStateException("the words kept for " + c.describe() + " are not those digested");
            }
            blobs.insert(c.textSha256(), bytes);
        }
    }

    /** Each decision, in the order recorded, one at a time (none when the schema has no approvals yet); how many. */
    int each(Consumer<Decision> decision) throws SQLException {
        int[] count = {0};
        rows(row -> {
            decision.accept(row.decision());
            count[0]++;
        });
        return count[0];
    }

    /**
     * Each row, in the order recorded, one at a time: a row is read, closed, and given to {@code each}
     * before the next is read (a row may name 20,000 letters; a server's driver would otherwise hold them all).
     */
    void rows(Consumer<Row> each) throws SQLException {
        if (!statements.hasColumn("approvals", "letters")) {
            return;
        }
        int after = 0;
        while (true) {
            Row row;
            try (ResultSet rs = statements.prepare("SELECT " + COLUMNS + " FROM approvals WHERE entry_no > ? ORDER BY"
                    + " entry_no LIMIT 1", after).executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                String letters = rs.getString(7);
                row = new Row(new Decision(rs.getInt(1), rs.getString(2), Decision.APPROVED.equals(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), letters(letters), rs.getString(8), rs
                                .getString(9),
                        rs.getString(10)), letters);
            }
            after = row.decision().entryNo();
            each.accept(row);
        }
    }

    /** The letters as a new row keeps (and hashes) them. */
    static String json(List<Candidate> letters) {
        try {
            // through UTF-8 bytes: a string builder grown a character at a time held two or three copies of some
            // 11 MB of JSON at 20,000 letters (as UTF-16, once one company's name is not Latin-1)
            return new String(JSON.writeValueAsBytes(letters), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Candidate> letters(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Candidate>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an approval's letters cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
