package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions: an officer's cannot be pushed out by strangers' requests, and none lasts for ever. */
class WorkbenchSessionsTest {

    @TempDir
    static Path dir;

    static Path root;

    @BeforeAll
    static void officers() {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Archive archive = Archive.open(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC())) {
            archive.addOfficer("ada", WorkbenchSignInTest.PASSWORD.toCharArray());
        }
    }

    @Test
    void anOfficerStaysSignedInThroughTwentyThousandAnonymousRequests() {
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                RawHttp officer = new RawHttp(workbench.port());
                RawHttp stranger = new RawHttp(workbench.port())) {
            assertThat(WorkbenchSignInTest.signIn(officer, "ada", WorkbenchSignInTest.PASSWORD).status()).isEqualTo(
                    303);
            assertThat(officer.get("/").body()).contains("Officer: <strong>ada</strong>");
            for (int i = 0; i < 20_000; i++) {
                // a new visitor each time: no cookie kept
                stranger.cookies().clear();
                assertThat(stranger.get(i % 2 == 0 ? "/login" : "/").status()).isIn(200, 302);
            }
            RawHttp.Reply home = officer.get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("Officer: <strong>ada</strong>");
        }
    }
}
