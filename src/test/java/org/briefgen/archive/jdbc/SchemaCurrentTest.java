package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveLocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An archive whose schema is already this briefgen's is opened without Flyway ({@link SchemaCurrent});
 * any other is Flyway's to migrate and validate, as before: a new one, one missing a migration, one
 * with a migration changed since it ran, one a newer briefgen migrated, one whose migration failed.
 */
class SchemaCurrentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    @TempDir
    Path dir;

    @Test
    void theIndexListsEveryMigrationScriptAndNothingElse() throws IOException {
        Path migrations = Path.of("src/main/resources/db/migration");
        List<String> scripts;
        try (Stream<Path> files = Files.walk(migrations)) {
            scripts = files.filter(f -> f.toString().endsWith(".sql")).map(f -> migrations.relativize(f).toString()
                    .replace('\\', '/')).sorted().toList();
        }
        List<String> indexed = Files.readAllLines(migrations.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertThat(indexed).isEqualTo(scripts);
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void anArchiveFlywayMigratedIsCurrentWithFlywaysOwnChecksums(ArchiveDatabases.Kind kind) throws SQLException {
        ArchiveLocation location = made(kind);
        try (Connection c = connect(location)) {
            // every migration as Flyway recorded it, checksums included: ours are computed as Flyway computes them
            assertThat(SchemaCurrent.recorded(c)).isEqualTo(SchemaCurrent.expected(dialect(kind)))
                    .hasSize(SchemaCurrent.expected(dialect(kind)).size());
            assertThat(SchemaCurrent.expected(dialect(kind))).extracting(SchemaCurrent.Applied::checksum)
                    .filteredOn(sum -> sum == null).hasSize(1); // the Java migration alone has none
            assertThat(SchemaCurrent.holds(c, dialect(kind))).isTrue();
        }
        // and it opens as before
        try (Archive archive = Archives.open(location, CLOCK)) {
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void aMigrationChangedSinceItRanIsFlywaysToRefuse(ArchiveDatabases.Kind kind) throws SQLException {
        ArchiveLocation location = made(kind);
        change(location, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        try (Connection c = connect(location)) {
            assertThat(SchemaCurrent.holds(c, dialect(kind))).isFalse();
        }
        assertThatThrownBy(() -> Archives.open(location, CLOCK).close()).hasMessageContaining("checksum mismatch");
    }

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void anArchiveMissingAMigrationOrWithOneMoreOrAFailedOneIsNotCurrent(ArchiveDatabases.Kind kind)
            throws SQLException {
        ArchiveLocation location = made(kind);
        Dialect dialect = dialect(kind);
        change(location, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from a newer briefgen', 'SQL',"
                + " 'V99__from_a_newer_briefgen.sql', 1, 'x', 1, "
                + (kind == ArchiveDatabases.Kind.SQLITE ? "1" : "true")
                + ")");
        try (Connection c = connect(location)) {
            assertThat(SchemaCurrent.holds(c, dialect)).as("one more").isFalse();
        }
        change(location, "UPDATE flyway_schema_history SET success = " + (kind == ArchiveDatabases.Kind.SQLITE ? "0"
                : "false") + " WHERE version = '99'");
        try (Connection c = connect(location)) {
            assertThat(SchemaCurrent.holds(c, dialect)).as("a failed one").isFalse();
        }
        change(location, "DELETE FROM flyway_schema_history WHERE version IN ('99', '64')");
        try (Connection c = connect(location)) {
            assertThat(SchemaCurrent.holds(c, dialect)).as("one missing").isFalse();
        }
    }

    @Test
    void aDatabaseWithoutFlywaysHistoryIsNotCurrent() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("empty.sqlite"))) {
            assertThat(SchemaCurrent.holds(c, Dialect.SQLITE)).isFalse();
        }
    }

    private ArchiveLocation made(ArchiveDatabases.Kind kind) {
        ArchiveLocation location = databases.location(kind, dir.resolve("out-" + kind));
        Archives.open(location, CLOCK).close();
        return location;
    }

    private static Dialect dialect(ArchiveDatabases.Kind kind) {
        return kind == ArchiveDatabases.Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    private static Connection connect(ArchiveLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl());
    }

    private static void change(ArchiveLocation location, String sql) throws SQLException {
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
