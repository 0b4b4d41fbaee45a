package org.briefgen.archive.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.briefgen.files.Sha256;

/**
 * One archive's connection: its statements, each prepared once and kept until the archive closes
 * (the same few run for every letter), and its transactions.
 */
final class Statements implements AutoCloseable {

    /** Work done inside one transaction. */
    interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** Makes one value of the row a result set stands at. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final String archive;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** Whether the transaction under way has written, and whether any committed one has. */
    private boolean writing;
    private boolean appended;

    /** {@code archive} describes the database, for messages. */
    Statements(Connection connection, String archive, Dialect dialect) {
        this.connection = connection;
        this.archive = archive;
        this.dialect = dialect;
    }

    /** The database's dialect, decided once when the archive was opened. */
    Dialect dialect() {
        return dialect;
    }

    /** The statement for {@code sql}, prepared once, with {@code parameters} set. */
    PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        }
        s.clearParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (p instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                s.setLong(i + 1, n);
            } else if (p instanceof byte[] bytes) {
                s.setBytes(i + 1, bytes);
            } else {
                s.setString(i + 1, p.toString());
            }
        }
        return s;
    }

    /** The first column of the first row {@code sql} selects, or 0 when it selects none (or NULL). */
    int integer(String sql, Object... parameters) throws SQLException {
        try (ResultSet rs = prepare(sql, parameters).executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Every row {@code sql} selects, each made by {@code row}, in the order selected. */
    <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = prepare(sql, parameters).executeQuery()) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        }
        return rows;
    }

    void update(String sql, Object... parameters) throws SQLException {
        writing = true;
        prepare(sql, parameters).executeUpdate();
    }

    /** The connection itself, for a migration's own statements. */
    Connection connection() {
        return connection;
    }

    /** Whether a transaction of this connection has committed a row: then the archive's ends have moved. */
    boolean appended() {
        return appended;
    }

    /** The entry number the next row of {@code table} takes. */
    int nextEntry(String table) throws SQLException {
        return integer("SELECT MAX(entry_no) FROM " + table) + 1;
    }

    /** The hash of the last row of {@code table}'s chain, which the next row carries as its previous. */
    String lastRowHash(String table) throws SQLException {
        int last = integer("SELECT MAX(entry_no) FROM " + table);
        if (last == 0) {
            return Sha256.NONE;
        }
        try (ResultSet rs = prepare("SELECT row_sha256 FROM " + table + " WHERE entry_no = ?", last).executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whether {@code table} has {@code column}, whichever case the database keeps names in. */
    boolean hasColumn(String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (boolean upper : new boolean[] {false, true}) {
            try (ResultSet rs = meta.getColumns(null, null, upper ? table.toUpperCase(Locale.ROOT) : table,
                    upper ? column.toUpperCase(Locale.ROOT) : column)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs {@code work} in one transaction holding the archive's write lock: committed when it
     * returns, rolled back when it throws.
     */
    <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                dialect.lockForAppend(connection);
                T result = work.run();
                connection.commit();
                appended |= writing;
                return result;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                writing = false;
                // back to autocommit, which also ends the transaction the driver opens after a commit
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the archive " + archive + ": " + e.getMessage(), e);
    }

    /** Now, as the archive stores a moment: ISO-8601 in UTC, to the millisecond. */
    static String timestamp(Clock clock) {
        return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement s : prepared.values()) {
                s.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the archive " + archive + ": " + e.getMessage(), e);
        }
    }
}
