package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.RecordedFile;
import org.briefgen.archive.Verification;
import org.briefgen.files.Sha256;

/**
 * Copies an archive into another database, every row as it is (the same entry numbers, hashes and
 * chains, the stored files), in one transaction on the target that commits only once the copy
 * verifies intact. The target must hold no letters of the source's campaigns, and, since the
 * chains are copied as they are, no rows at all.
 */
final class ArchiveMigration {

    /** The tables copied, in an order that keeps every reference to a row before it, with the column they are read in order of. */
    private static final String[][] TABLES = {{"settings", "name"}, {"blobs", "sha256"}, {"letters", "entry_no"},
            {"letter_files", "reference, path"}, {"responses", "entry_no"}, {"deliveries", "entry_no"},
            {"inbox_messages", "entry_no"}, {"review_messages", "entry_no"},
            {"review_decisions", "entry_no"}, {"officers", "entry_no"}, {"approvals", "entry_no"},
            {"dismissed_messages", "entry_no"}};

    private ArchiveMigration() {
    }

    /** As {@link Archives#migrate}. */
    static Verification migrate(ArchiveLocation from, ArchiveLocation to) {
        if (from.jdbcUrl().equals(to.jdbcUrl())) {
            throw new ArchiveException("the archive to copy and its copy are the same: " + from.describe());
        }
        ArchiveDatabase.requireExisting(from);
        try (JdbcArchive source = JdbcArchive.open(from, Clock.systemUTC(), true);
                JdbcArchive target = JdbcArchive.open(to, Clock.systemUTC(), false)) {
            Verification before = source.verify();
            if (!before.intact()) {
                throw new ArchiveException(from.describe() + " is not intact (" + before.mismatches().size()
                        + " mismatches: archive verify names them): it is not copied");
            }
            return target.shared().statements().inTransaction(() -> {
                refuseOverlap(source.shared().statements(), target.shared().statements(), to.describe());
                for (String[] table : TABLES) {
                    copy(source.shared().statements(), target.shared().statements(), table[0], table[1]);
                }
                // a source from before the officers' chain (read, never migrated) gives rows without hashes
                OfficerChainMigration.chain(target.shared().statements().connection());
                if (target.shared().statements().dialect() == Dialect.POSTGRESQL) {
                    keepEveryFile(source, target);
                }
                // read back through the target's own transaction: nothing is committed unless the copy is intact
                Verification copied = target.verify();
                if (!copied.intact() || copied.letters() != before.letters()
                        || copied.responses() != before.responses()) {
                    throw new ArchiveException("the copy in " + to.describe() + " did not verify intact ("
                            + copied.mismatches() + "); nothing was copied");
                }
                return copied;
            });
        }
    }

    private static void refuseOverlap(Statements source, Statements target, String where) throws SQLException {
        Set<String> overlap = new TreeSet<>(campaigns(source));
        overlap.retainAll(campaigns(target));
        if (!overlap.isEmpty()) {
            throw new ArchiveException(where + " already holds letters of " + String.join(", ", overlap)
                    + ": an archive is copied only into one that has none of its campaigns");
        }
        if (target.integer("SELECT COUNT(*) FROM letters") > 0
                || target.integer("SELECT COUNT(*) FROM responses") > 0) {
            throw new ArchiveException(where + " already holds letters of " + String.join(", ", campaigns(target))
                    + ": a copy keeps every entry number and hash chain as it is, so it goes into an empty archive");
        }
    }

    private static Set<String> campaigns(Statements statements) throws SQLException {
        Set<String> campaigns = new TreeSet<>();
        try (ResultSet rs = statements.prepare("SELECT DISTINCT campaign FROM letters").executeQuery()) {
            while (rs.next()) {
                campaigns.add(rs.getString(1));
            }
        }
        return campaigns;
    }

    /** Copies every row of {@code table} that the source has (an older source may lack the table or a column). */
    private static void copy(Statements source, Statements target, String table, String order) throws SQLException {
        if (!source.hasColumn(table, order.split(",")[0])) {
            return;
        }
        try (ResultSet rs = source.prepare("SELECT * FROM " + table + " ORDER BY " + order).executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            while (rs.next()) {
                Object[] values = new Object[columns.size()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = rs.getObject(c + 1);
                }
                target.update(insert, values);
            }
        }
    }

    /**
     * A PostgreSQL archive keeps every file: those its SQLite source did not keep are taken from
     * the disk, when their bytes are still those recorded (else verify names the copy missing).
     */
    private static void keepEveryFile(JdbcArchive source, JdbcArchive target) throws SQLException, IOException {
        List<RecordedFile> files = new ArrayList<>();
        source.letters().forEach(l -> files.addAll(l.files()));
        source.responses().stream().filter(r -> r.file() != null).forEach(r -> files.add(r.file()));
        for (RecordedFile f : files) {
            Path path = source.shared().folder().resolve(f.path());
            if (!target.shared().stored().has(f.sha256()) && Files.isRegularFile(path)) {
                byte[] bytes = Files.readAllBytes(path);
                if (Sha256.of(bytes).equals(f.sha256())) {
                    target.shared().stored().insert(f.sha256(), bytes);
                }
            }
        }
    }
}
