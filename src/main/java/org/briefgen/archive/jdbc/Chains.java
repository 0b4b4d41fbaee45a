package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.archive.ArchiveHead;

/**
 * The archive's hash chains, listed once: what the anchors, the heads and {@code archive verify}
 * know of. A chain is a table whose rows each carry the hash of the row before it
 * ({@code previous_sha256}) and their own ({@code row_sha256}), in {@code entry_no} order. A new
 * chain is one line here (its rows' content is checked by {@link ArchiveVerifier}).
 */
final class Chains {

    /** A chain: its name in heads, anchors and messages, and its table. */
    record Chain(String name, String table) {
    }

    /** Every chain, in the order heads list them. */
    static final List<Chain> ALL = List.of(
            new Chain("letters", "letters"),
            new Chain("responses", "responses"),
            new Chain("deliveries", "deliveries"),
            new Chain("inbox_messages", "inbox_messages"),
            // roles, once there are any, join this chain as rows of the officers table (a role column, hashed by
            // RowHash only when set, as letters' officer is, so earlier rows keep their hashes); a table of their
            // own would be one more line here instead
            new Chain("officers", "officers"),
            // the review list: messages held because nothing proved who sent them, and the officers' decisions
            new Chain("review_messages", "review_messages"),
            new Chain("review_decisions", "review_decisions"),
            // approvals and rejections of letters before they are issued (four eyes)
            new Chain("approvals", "approvals"),
            // inbox messages that named no letter, set aside by an officer
            new Chain("dismissed_messages", "dismissed_messages"));

    private Chains() {
    }

    /** The archive's head now: each chain's number of rows and its last row's hash (chains an older schema lacks left out). */
    static ArchiveHead head(Statements statements) throws SQLException {
        List<ArchiveHead.ChainEnd> ends = new ArrayList<>();
        for (Chain chain : ALL) {
            if (!statements.hasColumn(chain.table(), "row_sha256")) {
                continue;
            }
            int rows = statements.integer("SELECT COUNT(*) FROM " + chain.table());
            ends.add(new ArchiveHead.ChainEnd(chain.name(), rows, statements.lastRowHash(chain.table())));
        }
        return new ArchiveHead(ends);
    }

    /** The recorded hash of every row of {@code chain}, in order (empty when the schema has no such chain yet). */
    static List<String> hashes(Statements statements, Chain chain) throws SQLException {
        List<String> hashes = new ArrayList<>();
        if (!statements.hasColumn(chain.table(), "row_sha256")) {
            return hashes;
        }
        try (ResultSet rs = statements.prepare("SELECT row_sha256 FROM " + chain.table() + " ORDER BY entry_no")
                .executeQuery()) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
