package org.briefgen.archive.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.briefgen.files.Sha256;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 56: hashes the officers' rows recorded before their chain (V55 added its columns), in
 * order, as {@link OfficerStore} hashes a new one. It runs once, under Flyway's lock and in its
 * transaction, when an archive is first opened by this briefgen: done at every opening instead, a
 * read-only look could not do it, and two officers opening a shared archive at once would race.
 * The append-only trigger on updates is set aside for these updates only, in the same transaction.
 */
final class OfficerChainMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("56");
    }

    @Override
    public String getDescription() {
        return "officers chain hashed";
    }

    /** Flyway keeps no checksum of a Java migration; this one never changes once released. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        chain(context.getConnection());
    }

    /** Hashes every officers row that has no hash yet, in order, after the last one that has. */
    static void chain(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains(
                "postgres");
        List<OfficerRow> unhashed = new ArrayList<>();
        String previous = Sha256.NONE;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT entry_no, name,"
                + " algorithm, iterations, salt, password_hash, recorded_at, row_sha256 FROM officers ORDER BY"
                + " entry_no")) {
            while (rs.next()) {
                if (rs.getString(8) != null) {
                    previous = rs.getString(8);
                    continue;
                }
                OfficerRow row = new OfficerRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs
                        .getString(5), rs.getString(6), rs.getString(7), previous, null);
                previous = RowHash.of(row);
                unhashed.add(row);
            }
        }
        if (unhashed.isEmpty()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(postgres ? "ALTER TABLE officers DISABLE TRIGGER officers_no_update"
                    : "DROP TRIGGER IF EXISTS officers_no_update");
            try (PreparedStatement update = connection.prepareStatement("UPDATE officers SET previous_sha256 = ?,"
                    + " row_sha256 = ? WHERE entry_no = ?")) {
                for (OfficerRow row : unhashed) {
                    update.setString(1, row.previousSha256());
                    update.setString(2, RowHash.of(row));
                    update.setInt(3, row.entryNo());
                    update.executeUpdate();
                }
            }
            s.execute(postgres ? "ALTER TABLE officers ENABLE TRIGGER officers_no_update"
                    : "CREATE TRIGGER officers_no_update BEFORE UPDATE ON officers BEGIN SELECT RAISE(ABORT,"
                            + " 'the archive is append-only: an officer''s row cannot be changed'); END");
        }
    }
}
