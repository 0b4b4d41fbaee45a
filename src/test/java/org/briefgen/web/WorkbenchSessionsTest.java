package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;

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
        try (Archive archive = Archives.open(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC())) {
            archive.addOfficer("ada", WorkbenchSignInTest.PASSWORD.toCharArray());
        }
    }

    /** The workbench of {@link WorkbenchHttpTest#settings} with {@code access}. */
    static Workbench.Settings settings(Path root, boolean login, Access access) {
        Workbench.Settings plain = WorkbenchHttpTest.settings(root, login);
        return new Workbench.Settings(plain.data(), plain.templates(), plain.out(), plain.archive(), login, plain
                .localOfficer(), plain.mail(), access);
    }

    static Access clocked(TestClock clock) {
        return new Access(List.of(), Duration.ofMinutes(30), Duration.ofHours(12), null, false, clock);
    }

    static boolean signedIn(RawHttp http) {
        RawHttp.Reply home = http.get("/");
        return home.status() == 200 && home.body().contains("Officer: <strong>ada</strong>");
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        TestClock clock = new TestClock();
        try (Workbench workbench = Workbench.start(settings(root, true, clocked(clock)), "127.0.0.1", 0);
                RawHttp officer = new RawHttp(workbench.port())) {
            assertThat(WorkbenchSignInTest.signIn(officer, "ada", WorkbenchSignInTest.PASSWORD).status()).isEqualTo(
                    303);
            clock.advance(Duration.ofMinutes(29));
            assertThat(signedIn(officer)).isTrue();
            // each request starts the thirty minutes again
            clock.advance(Duration.ofMinutes(29));
            assertThat(signedIn(officer)).isTrue();
            clock.advance(Duration.ofMinutes(31));
            RawHttp.Reply expired = officer.get("/");
            assertThat(expired.status()).isEqualTo(302);
            assertThat(expired.header("Location")).isEqualTo("/login");
            // the browser is told to forget the cookie, and the token is no longer honoured
            assertThat(expired.all("set-cookie")).anyMatch(c -> c.startsWith("briefgen_session=;") && c.contains(
                    "Max-Age=0"));
            assertThat(officer.cookies()).doesNotContainKey("briefgen_session");
        }
    }

    @Test
    void aSessionEndsTwelveHoursAfterSigningInHoweverBusy() {
        TestClock clock = new TestClock();
        try (Workbench workbench = Workbench.start(settings(root, true, clocked(clock)), "127.0.0.1", 0);
                RawHttp officer = new RawHttp(workbench.port())) {
            assertThat(WorkbenchSignInTest.signIn(officer, "ada", WorkbenchSignInTest.PASSWORD).status()).isEqualTo(
                    303);
            String token = officer.cookies().get("briefgen_session");
            for (int i = 0; i < 12 * 3 - 1; i++) {
                clock.advance(Duration.ofMinutes(20));
                assertThat(signedIn(officer)).as("after %d minutes", (i + 1) * 20).isTrue();
            }
            clock.advance(Duration.ofMinutes(20));
            assertThat(officer.get("/").status()).isEqualTo(302);
            // the old token, sent again, is refused too
            officer.cookies().put("briefgen_session", token);
            assertThat(signedIn(officer)).isFalse();
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
