package org.briefgen.archive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Decision;
import org.briefgen.approval.Role;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.files.Sha256;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Approvals and roles in the archive, on SQLite and PostgreSQL: recorded and read back as given, a
 * chain of their own in every head, append-only, and a row changed past the triggers named by verify.
 */
class ApprovalArchiveTest {

    @RegisterExtension
    final ArchiveDatabases databases = new ArchiveDatabases();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ArchiveDatabases.Kind.class)
    void approvalsAndRolesAreChainedAndVerified(ArchiveDatabases.Kind kind) throws SQLException {
        ArchiveLocation location = databases.location(kind, dir.resolve("out"));
        String words = "Dear Sir/Madam, « quoted » words";
        Candidate amazon = new Candidate("amazon-uk", "Amazon UK", "CE-2020-001", null, null, "f".repeat(64), "d",
                "t", "s", Sha256.of(words), null);
        Function<String, Optional<String>> texts = sha -> Optional.of(words).filter(w -> Sha256.of(w).equals(sha));
        try (Archive archive = Archives.open(location, CLOCK)) {
            Decision first = archive.recordApproval(Decision.of("ce", true, "alice", "legal checked", "b".repeat(64),
                    List.of(amazon)), texts);
            archive.recordApproval(Decision.of("ce", false, "dana", "too short a deadline", null, List.of(amazon)),
                    sha -> Optional.empty());
            assertThat(first.entryNo()).isEqualTo(1);
            assertThat(first.recordedAt()).isEqualTo("2026-12-05T09:30:00Z");
            List<Decision> all = new ArrayList<>();
            archive.approvals(all::add);
            assertThat(all).extracting(Decision::verb, Decision::officer, Decision::comment)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("approved", "alice", "legal checked"),
                            org.assertj.core.groups.Tuple.tuple("rejected", "dana", "too short a deadline"));
            assertThat(all.get(0).letters()).containsExactly(amazon);
            // the words are kept once, in the archive, named by their digest: the second decision found them there
            assertThat(archive.approvedText(all.get(1).letters().get(0))).contains(words);
            assertThat(archive.head().chains()).anySatisfy(c -> assertThat(c).isEqualTo(new ArchiveHead.ChainEnd(
                    "approvals", 2, all.get(1).sha256())));
            // words that are not those the letter names are never recorded
            Candidate northwind = new Candidate("northwind", "Northwind", "CE-2020-002", null, null, "f", "d", "t",
                    "s", Sha256.of("other words"), null);
            assertThatThrownBy(() -> archive.recordApproval(Decision.of("ce", true, "alice", null, null, List.of(
                    northwind)), texts)).hasMessageContaining("the words of CE-2020-002 (Northwind) were not kept");
            assertThat(archive.head().text()).contains("approvals=2");

            archive.addOfficer("olive", "a long enough passphrase".toCharArray(), Role.OFFICER);
            archive.addOfficer("ada", "a long enough passphrase".toCharArray());
            archive.setRole("olive", Role.APPROVER);
            // a new password keeps the role
            archive.addOfficer("olive", "another long passphrase".toCharArray());
            assertThat(archive.roles()).containsExactly(java.util.Map.entry("olive", Role.APPROVER), java.util.Map
                    .entry("ada", Role.OFFICER));
            assertThat(archive.checkOfficer("olive", "another long passphrase".toCharArray())).isTrue();
            assertThatThrownBy(() -> archive.setRole("nobody", Role.ADMIN)).hasMessageContaining(
                    "there is no officer 'nobody'");
            assertThat(archive.verify().intact()).isTrue();
        }
        try (Connection c = ArchiveDatabases.connect(location.jdbcUrl()); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE approvals SET officer = 'bob'")).hasMessageContaining(
                    "append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM approvals")).hasMessageContaining("append-only");
            if (kind == ArchiveDatabases.Kind.SQLITE) {
                s.execute("DROP TRIGGER approvals_no_update");
            } else {
                s.execute("ALTER TABLE approvals DISABLE TRIGGER ALL");
            }
            // the rejection turned into an approval by someone with the database: named by verify
            s.executeUpdate("UPDATE approvals SET decision = 'approved' WHERE entry_no = 2");
            // and the words approved changed where they are kept
            if (kind == ArchiveDatabases.Kind.SQLITE) {
                s.execute("DROP TRIGGER blobs_no_update");
            } else {
                s.execute("ALTER TABLE blobs DISABLE TRIGGER ALL");
            }
            s.executeUpdate("UPDATE blobs SET content = " + (kind == ArchiveDatabases.Kind.SQLITE ? "X'41'"
                    : "'\\x41'") + " WHERE sha256 = '" + Sha256.of(words) + "'");
        }
        try (Archive archive = Archives.openExisting(location, CLOCK)) {
            assertThat(archive.verify().mismatches()).extracting(Verification.Mismatch::problem,
                    Verification.Mismatch::path).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Verification.Problem.COPY_CHANGED,
                                    "approvals row 1: the words of CE-2020-001"),
                            org.assertj.core.groups.Tuple.tuple(
                                    Verification.Problem.ROW_CHANGED, "approvals row 2"),
                            org.assertj.core.groups.Tuple.tuple(Verification.Problem.COPY_CHANGED,
                                    "approvals row 2: the words of CE-2020-001"));
        }
    }
}
