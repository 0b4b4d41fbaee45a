package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveDatabases;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DismissedMessage;
import org.briefgen.archive.Officer;
import org.briefgen.archive.Verification;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inbox messages that named no letter, dismissed by an officer (issue 24): each once, with who and when, in a
 * chain of their own that the head counts and {@code archive verify} checks; the table refuses changes, and a
 * row changed past its triggers is named.
 */
class DismissedMessagesArchiveTest {

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-20T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void aDismissedMessageIsKeptOnceByNameAndItsChainIsVerified(ArchiveDatabases.Kind kind) throws Exception {
        ArchiveLocation location = databases.location(kind, dir.resolve("out"));
        try (Archive archive = Archives.open(location, CLOCK)) {
            DismissedMessage first = archive.dismiss("<spam@offers.example>", "News <news@offers.example>",
                    "Our spring offers", "unmatched (it names none of our letters)", new Officer("Ada Officer"), null);
            archive.dismiss("<ooo@example>", "Auto <auto@example>", "Out of office", "unmatched", new Officer(
                    "Bob Officer"), "an out-of-office");
            assertThat(first.entryNo()).isEqualTo(1);
            assertThat(first.recordedAt()).isEqualTo("2020-01-20T09:30:00Z");
            assertThatThrownBy(() -> archive.dismiss("<spam@offers.example>", "x", "y", "z", new Officer(
                    "Bob Officer"), null)).isInstanceOf(ArchiveException.class).hasMessageContaining(
                            "was already dismissed by Ada Officer at 2020-01-20T09:30:00Z");
            assertThat(archive.dismissedMessages()).extracting(DismissedMessage::officer, DismissedMessage::comment)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Officer", null),
                            org.assertj.core.groups.Tuple.tuple("Bob Officer", "an out-of-office"));
            assertThat(archive.head().text()).contains("dismissed_messages=2");
            assertThat(archive.verify().intact()).isTrue();
        }
        try (Connection c = ArchiveDatabases.connect(location.jdbcUrl()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE dismissed_messages SET officer = 'Mallory'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM dismissed_messages")).hasMessageContaining(
                    "append-only");
            if (kind == ArchiveDatabases.Kind.SQLITE) {
                s.execute("DROP TRIGGER dismissed_messages_no_update");
            } else {
                s.execute("ALTER TABLE dismissed_messages DISABLE TRIGGER ALL");
            }
            s.executeUpdate(
                    "UPDATE dismissed_messages SET sender = 'dpo@northwind-home.example.org' WHERE entry_no = 2");
        }
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            assertThat(archive.verify().mismatches()).extracting(Verification.Mismatch::problem,
                    Verification.Mismatch::path).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    Verification.Problem.ROW_CHANGED, "dismissed_messages row 2"));
        }
    }
}
