package org.briefgen.archive;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.jdbc.OfficerStore;
import org.briefgen.scale.ForkedJvm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoy password hash (600,000 rounds of PBKDF2) is made only when a sign-in by an unknown name
 * needs it: a command that opens the archive and signs no one in does not pay for it. Checked in a
 * JVM of its own, where nothing else has made it yet.
 */
public class DecoyHashTest {

    @TempDir
    Path dir;

    @Test
    void openingAnArchiveDoesNotMakeTheDecoyHashAndAnUnknownSignInMakesItOnce() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("archive.sqlite");
        try (Archive archive = Archives.open(ArchiveLocation.of(url, dir), Clock.systemUTC())) {
            archive.addOfficer("alice", "a long enough password".toCharArray());
        }

        ForkedJvm.Result run = ForkedJvm.run("64m", DecoyHashTest.class, dir, url, dir.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("opened, listed, verified: 0 decoys made",
                "after a sign-in by an unknown name: 1 decoys made", "after another: 1 decoys made",
                "alice signs in: true");
    }

    /** The forked side: what a command such as {@code archive list} does, then sign-ins. */
    public static void main(String[] args) {
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(args[0], Path.of(args[1])), Clock
                .systemUTC())) {
            archive.letters();
            archive.officers();
            archive.verify();
            System.out.println("opened, listed, verified: " + OfficerStore.decoysMade() + " decoys made");
            archive.checkOfficer("mallory", "a guess at a password".toCharArray());
            System.out.println("after a sign-in by an unknown name: " + OfficerStore.decoysMade() + " decoys made");
            archive.checkOfficer("eve", "another guess".toCharArray());
            System.out.println("after another: " + OfficerStore.decoysMade() + " decoys made");
            System.out.println("alice signs in: " + archive.checkOfficer("alice", "a long enough password"
                    .toCharArray()));
        }
    }
}
