package org.briefgen.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Officers' accounts: slow salted hashes, the latest password wins, nothing readable kept. */
class OfficerStoreTest {

    @TempDir
    Path dir;

    private Archive open() {
        return Archives.open(ArchiveLocation.of(null, dir), Clock.systemUTC());
    }

    @Test
    void aPasswordIsCheckedAndTheLatestOneCounts() throws Exception {
        try (Archive archive = open()) {
            assertThat(archive.officers()).isEmpty();
            archive.addOfficer("ada", "correct horse battery".toCharArray());
            assertThat(archive.checkOfficer("ada", "correct horse battery".toCharArray())).isTrue();
            assertThat(archive.checkOfficer("ada", "wrong horse battery".toCharArray())).isFalse();
            assertThat(archive.checkOfficer("bob", "correct horse battery".toCharArray())).isFalse();

            archive.addOfficer("ada", "a brand new passphrase".toCharArray());
            assertThat(archive.checkOfficer("ada", "correct horse battery".toCharArray())).isFalse();
            assertThat(archive.checkOfficer("ada", "a brand new passphrase".toCharArray())).isTrue();
            assertThat(archive.officers()).containsExactly("ada");
        }
        String database = Files.readString(dir.resolve("archive.sqlite"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(database).doesNotContain("correct horse battery").doesNotContain("a brand new passphrase");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("archive.sqlite"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(iterations), MIN(algorithm) FROM officers")) {
            rs.next();
            assertThat(rs.getInt(1)).as("a changed password is a new row").isEqualTo(2);
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(600_000);
            assertThat(rs.getString(3)).isEqualTo("PBKDF2WithHmacSHA256");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM officers")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aBadNameOrAShortPasswordIsRefused() {
        try (Archive archive = open()) {
            assertThatThrownBy(() -> archive.addOfficer("../root", "long enough password".toCharArray()))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("is not an officer's name");
            assertThatThrownBy(() -> archive.addOfficer("ada", "short".toCharArray()))
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("at least 12 characters")
                    .hasMessageNotContaining("short\"");
            assertThat(archive.officers()).isEmpty();
        }
    }
}
