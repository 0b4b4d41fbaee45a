package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Decision;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Approvals and rejections of a campaign's letters, each a row of the {@code approvals} chain, with
 * the letters it names as JSON (their digests and words); read and verified like the other chains.
 */
record ApprovalStore(Statements statements, Clock clock) {

    private static final String COLUMNS = "entry_no, campaign, decision, officer, comment, briefing_sha256, letters,"
            + " recorded_at, previous_sha256, row_sha256";
    private static final JsonMapper JSON = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    /** As {@link Archive#decide(Decision)}. */
    Decision record(Decision decision) {
        if (decision.comment() != null && decision.comment().length() > 4000) {
            throw new ArchiveException("a comment is at most 4,000 characters");
        }
        return statements.inTransaction(() -> {
            Decision unsigned = decision.with(statements.nextEntry("approvals"), Statements.timestamp(clock),
                    statements.lastRowHash("approvals"));
            Decision row = unsigned.withSha256(RowHash.of(unsigned));
            statements.update("INSERT INTO approvals (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row
                    .entryNo(), row.campaign(), row.verb(), row.officer(), row.comment(), row.briefingSha256(),
                    json(
                            row.letters()),
                    row.recordedAt(), row.previousSha256(), row.sha256());
            return row;
        });
    }

    /** Every decision, in the order recorded (none when the schema has no approvals yet). */
    List<Decision> all() throws SQLException {
        List<Decision> rows = new ArrayList<>();
        if (!statements.hasColumn("approvals", "letters")) {
            return rows;
        }
        try (ResultSet rs = statements.prepare("SELECT " + COLUMNS + " FROM approvals ORDER BY entry_no")
                .executeQuery()) {
            while (rs.next()) {
                rows.add(new Decision(rs.getInt(1), rs.getString(2), Decision.APPROVED.equals(rs.getString(3)), rs
                        .getString(4), rs.getString(5), rs.getString(6), letters(rs.getString(7)), rs.getString(8),
                        rs
                                .getString(9),
                        rs.getString(10)));
            }
        }
        return rows;
    }

    /** The letters as the row keeps (and hashes) them. */
    static String json(List<Candidate> letters) {
        try {
            return JSON.writeValueAsString(letters);
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
