package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.briefgen.archive.ArchiveInPages;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.IssuedLetter;

/**
 * {@link ArchiveInPages} over the stores: every read a keyset page ({@code entry_no > ? ... LIMIT ?}),
 * never the whole table.
 */
record PagedReads(StoreContext shared, ResponseStore responses, DeliveryStore deliveries,
        InboxStore inbox) implements ArchiveInPages {

    /**
     * The companies of a campaign known on a day, by the entry of their first letter dated by then that no
     * correction dated by then replaces (as {@code publish.Correspondence} groups them), after a key.
     */
    private static final String COMPANIES = "SELECT recipient_id, MIN(entry_no) AS first_entry FROM letters"
            + " WHERE campaign = ? AND letter_date <= ? AND reference NOT IN (SELECT supersedes FROM letters"
            + " WHERE campaign = ? AND letter_date <= ? AND supersedes IS NOT NULL) GROUP BY recipient_id"
            + " HAVING MIN(entry_no) > ? ORDER BY first_entry LIMIT ?";

    @Override
    public List<String> campaigns() {
        return read(() -> shared.letters().campaigns());
    }

    @Override
    public List<IssuedLetter> letters(int after, int limit) {
        return read(() -> shared.letters().page(after, limit));
    }

    @Override
    public List<DeliveryRow> deliveries(int after, int limit) {
        return read(() -> deliveries.page(after, limit));
    }

    @Override
    public Companies companies(String campaign, LocalDate asOf, int after, int limit) {
        return read(() -> {
            List<String> recipients = new ArrayList<>();
            int last = 0;
            String day = asOf.toString();
            try (ResultSet rs = shared.statements().prepare(COMPANIES, campaign, day, campaign, day, after, limit)
                    .executeQuery()) {
                while (rs.next()) {
                    recipients.add(rs.getString(1));
                    last = rs.getInt(2);
                }
            }
            if (recipients.isEmpty()) {
                return new Companies(List.of(), List.of(), List.of(), List.of(), 0);
            }
            // the references of the page's letters, as a subquery with its parameters
            String letters = "SELECT reference FROM letters WHERE campaign = ? AND recipient_id IN (" + String.join(
                    ", ", Collections.nCopies(recipients.size(), "?")) + ")";
            Object[] parameters = LetterStore.concat(campaign, recipients);
            return new Companies(shared.letters().to(campaign, recipients), responses.toLetters(letters, parameters),
                    deliveries.ofLetters(letters, List.of(parameters)), inbox.aboutLetters(letters, parameters), last);
        });
    }

    private <T> T read(Query<T> query) {
        return read(shared, query);
    }

    /** {@code query}'s result; its failure as the archive's. */
    static <T> T read(StoreContext shared, Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw shared.statements().failure(e);
        }
    }

    /** A read of the stores. */
    interface Query<T> {
        T run() throws SQLException;
    }
}
