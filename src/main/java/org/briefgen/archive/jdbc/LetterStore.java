package org.briefgen.archive.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.RecordedFile;

/** The archive's letters and their files, as rows: read, and added (never changed). */
final class LetterStore {

    private static final String COLUMNS = "entry_no, reference, campaign, campaign_title, subject, organisation, seq,"
            + " recipient_id, company, channels, letter_date, deadline, data_sha256, templates_sha256, supersedes,"
            + " issued_at, previous_sha256, row_sha256, digest_version, officer, follows, follow_up_round";

    private final Statements statements;
    private final String selected;

    private LetterStore(Statements statements, String selected) {
        this.statements = statements;
        this.selected = selected;
    }

    /** The letters of the archive {@code statements} reach. */
    static LetterStore of(Statements statements) throws SQLException {
        // asked once per archive: an archive opened read-only keeps the schema it was written with.
        // Before digests had versions, every one was version 1; before officers, none was kept.
        String selected = COLUMNS;
        if (!statements.hasColumn("letters", "digest_version")) {
            selected = selected.replace("digest_version", "1");
        }
        if (!statements.hasColumn("letters", "officer")) {
            selected = selected.replace("officer", "NULL");
        }
        if (!statements.hasColumn("letters", "follows")) {
            selected = selected.replace("follows, follow_up_round", "NULL, NULL");
        }
        return new LetterStore(statements, selected);
    }

    void insert(IssuedLetter l) throws SQLException {
        statements.update("INSERT INTO letters (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)", l.entryNo(), l.reference(), l.campaign(), l.campaignTitle(), l.subject(),
                l.organisation(), l.sequence(), l.recipientId(), l.company(), l.channels(), l.letterDate().toString(),
                l.deadline().toString(), l.dataSha256(), l.templatesSha256(), l.supersedes(), l.issuedAt(),
                l.previousSha256(), l.sha256(), l.digestVersion(), l.officer(), l.follows(),
                l.isFollowUp() ? l.round() : null);
        for (RecordedFile f : l.files()) {
            statements.update("INSERT INTO letter_files (reference, path, size, sha256) VALUES (?, ?, ?, ?)",
                    l.reference(), f.path(), f.size(), f.sha256());
        }
    }

    /** Every letter, in the order issued. */
    List<IssuedLetter> all() throws SQLException {
        return select("");
    }

    /** Up to {@code limit} letters issued after entry {@code after}, in the order issued (a keyset page). */
    List<IssuedLetter> page(int after, int limit) throws SQLException {
        return selectCut("WHERE entry_no > ?", "LIMIT ?", after, limit);
    }

    /** The campaign's letters to {@code recipients}, in the order issued. */
    List<IssuedLetter> to(String campaign, List<String> recipients) throws SQLException {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return select("WHERE campaign = ? AND recipient_id IN (" + String.join(", ", java.util.Collections.nCopies(
                recipients.size(), "?")) + ")", concat(campaign, recipients));
    }

    /** The campaigns letters were issued in, sorted. */
    List<String> campaigns() throws SQLException {
        List<String> campaigns = new ArrayList<>();
        try (ResultSet rs = statements.prepare("SELECT DISTINCT campaign FROM letters ORDER BY campaign")
                .executeQuery()) {
            while (rs.next()) {
                campaigns.add(rs.getString(1));
            }
        }
        return campaigns;
    }

    static Object[] concat(Object first, List<?> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    Optional<IssuedLetter> letter(String reference) throws SQLException {
        return select("WHERE reference = ?", reference).stream().findFirst();
    }

    /** The recipient's first letters (and their corrections, not follow-ups) in the campaign, in the order issued. */
    List<IssuedLetter> to(String campaign, String recipientId) throws SQLException {
        return select("WHERE campaign = ? AND recipient_id = ?", campaign, recipientId).stream()
                .filter(l -> !l.isFollowUp()).toList();
    }

    /** The follow-up that chases {@code reference}, if one does. */
    Optional<IssuedLetter> followUpOf(String reference) throws SQLException {
        return select("WHERE follows = ?", reference).stream().findFirst();
    }

    /** The reference of the letter that corrects {@code reference}, if one does. */
    Optional<String> correctionOf(String reference) throws SQLException {
        try (ResultSet rs = statements.prepare("SELECT reference FROM letters WHERE supersedes = ?", reference)
                .executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** The highest sequence number of the campaign's letters, 0 when it has none. */
    int lastSequence(String campaign) throws SQLException {
        return statements.integer("SELECT MAX(seq) FROM letters WHERE campaign = ?", campaign);
    }

    boolean isTaken(String reference) throws SQLException {
        return statements.integer("SELECT COUNT(*) FROM letters WHERE reference = ?", reference) > 0;
    }

    /** Whether a letter's file is recorded at {@code path} (relative to the output folder). */
    boolean isRecorded(String path) throws SQLException {
        return statements.integer("SELECT COUNT(*) FROM letter_files WHERE path = ?", path) > 0;
    }

    /** Letters matching {@code where} (with its parameters), in the order issued, with their files. */
    private List<IssuedLetter> select(String where, Object... parameters) throws SQLException {
        return selectCut(where, "", parameters);
    }

    /**
     * Letters matching {@code where}, in the order issued, then cut by {@code limit} (a {@code LIMIT}
     * clause, or ""), with their files; the parameters are {@code where}'s then {@code limit}'s.
     */
    private List<IssuedLetter> selectCut(String where, String limit, Object... parameters) throws SQLException {
        Map<String, List<RecordedFile>> files = new LinkedHashMap<>();
        String fileWhere = where.isEmpty() && limit.isEmpty() ? "" : " WHERE reference IN (SELECT reference FROM"
                + " letters " + where + (limit.isEmpty() ? "" : " ORDER BY entry_no " + limit) + ")";
        try (ResultSet rs = statements.prepare("SELECT reference, path, size, sha256 FROM letter_files" + fileWhere
                + " ORDER BY path", parameters).executeQuery()) {
            while (rs.next()) {
                files.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RecordedFile(rs.getString(2),
                        rs.getLong(3), rs.getString(4)));
            }
        }
        List<IssuedLetter> letters = new ArrayList<>();
        // what a campaign's letters have in common (its name, title, subject, organisation, templates, officer,
        // dates) kept once, not once a letter: 60,000 letters read whole held 1.2 million strings
        Map<String, String> texts = new HashMap<>();
        Map<String, LocalDate> days = new HashMap<>();
        try (ResultSet rs = statements.prepare("SELECT " + selected + " FROM letters " + where + " ORDER BY entry_no"
                + (limit.isEmpty() ? "" : " " + limit), parameters).executeQuery()) {
            while (rs.next()) {
                String reference = rs.getString(2);
                letters.add(new IssuedLetter(rs.getInt(1), reference, shared(texts, rs.getString(3)), shared(texts,
                        rs.getString(4)), shared(texts, rs.getString(5)), shared(texts, rs.getString(6)), rs.getInt(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), days.computeIfAbsent(rs.getString(11),
                                LocalDate::parse),
                        days.computeIfAbsent(rs.getString(12), LocalDate::parse),
                        rs.getString(13), rs.getInt(19), shared(texts, rs.getString(14)), rs.getString(15),
                        rs.getString(16), files.getOrDefault(reference, List.of()), rs.getString(17), rs.getString(18),
                        shared(texts, rs.getString(20)), rs.getString(21), rs.getInt(22)));
            }
        }
        return letters;
    }

    /** {@code text} as read before in this read, when it was: one string for many letters. */
    private static String shared(Map<String, String> texts, String text) {
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }
}
