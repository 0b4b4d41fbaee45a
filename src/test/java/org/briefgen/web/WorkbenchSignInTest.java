package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing passwords: throttled per officer and per address, and an unknown officer looks like a known one. */
class WorkbenchSignInTest {

    static final String PASSWORD = "a long enough passphrase";

    @TempDir
    static Path dir;

    static Path root;

    @BeforeAll
    static void officers() {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        try (Archive archive = Archives.open(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC())) {
            archive.addOfficer("ada", PASSWORD.toCharArray());
        }
    }

    static RawHttp.Reply signIn(RawHttp http, String name, String password, String... headers) {
        String csrf = http.get("/login", headers).csrf();
        return http.post("/login", "_csrf=" + enc(csrf) + "&name=" + enc(name) + "&password=" + enc(password),
                headers);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void twentyWrongPasswordsForOneOfficerEndIn429sAndTheRightOneWaits() {
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                RawHttp http = new RawHttp(workbench.port())) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                RawHttp.Reply r = signIn(http, "ada", "guess " + i);
                statuses.add(r.status());
                if (r.status() == 429) {
                    assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
                    assertThat(r.body()).contains("Too many failed sign-ins");
                }
            }
            assertThat(statuses.subList(0, 5)).containsOnly(401);
            assertThat(statuses.subList(5, 20)).containsOnly(429);
            RawHttp.Reply right = signIn(http, "ada", PASSWORD);
            assertThat(right.status()).isEqualTo(429);
            assertThat(http.get("/").status()).isEqualTo(302);
        }
    }

    @Test
    void oneAddressGuessingAcrossManyNamesIsThrottledToo() {
        try (Workbench workbench = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                RawHttp http = new RawHttp(workbench.port())) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(http, "officer-" + i, "guess").status()).isEqualTo(401);
            }
            assertThat(signIn(http, "officer-5", "guess").status()).isEqualTo(429);
            // a name never tried from here, with its right password: the address waits
            assertThat(signIn(http, "ada", PASSWORD).status()).isEqualTo(429);
        }
    }

    @Test
    void anUnknownOfficerAndAWrongPasswordLookTheSame() {
        // two workbenches on one archive: each throttles on its own, so both sequences start afresh
        try (Workbench first = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                Workbench second = Workbench.start(WorkbenchHttpTest.settings(root, true), "127.0.0.1", 0);
                RawHttp unknown = new RawHttp(first.port());
                RawHttp wrong = new RawHttp(second.port())) {
            List<Long> unknownTimes = new ArrayList<>();
            List<Long> wrongTimes = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                RawHttp.Reply u = signIn(unknown, "nobody", "guess");
                unknownTimes.add(System.nanoTime() - start);
                start = System.nanoTime();
                RawHttp.Reply w = signIn(wrong, "ada", "guess");
                wrongTimes.add(System.nanoTime() - start);
                assertThat(u.status()).as("attempt " + (i + 1)).isEqualTo(w.status());
                assertThat(u.header("Retry-After")).as("attempt " + (i + 1)).isEqualTo(w.header("Retry-After"));
                assertThat(u.body().replace(u.csrf(), "TOKEN").replace(String.valueOf(first.port()), "PORT"))
                        .isEqualTo(w.body().replace(w.csrf(), "TOKEN").replace(String.valueOf(second.port()),
                                "PORT"));
            }
            assertThat(unknownTimes.get(6)).isPositive();
            // the password is hashed for an unknown officer too: the first five take as long either way
            long u = median(unknownTimes.subList(0, 5));
            long w = median(wrongTimes.subList(0, 5));
            assertThat((double) u / w).as("unknown %d ms, wrong %d ms", u / 1_000_000, w / 1_000_000).isBetween(0.5,
                    2.0);
            assertThat(signIn(wrong, "ada", "guess").status()).isEqualTo(429);
        }
    }

    @Test
    void eachFailureAfterALockoutLocksAgainForTwiceAsLong() {
        TestClock clock = new TestClock();
        try (Workbench workbench = Workbench.start(WorkbenchSessionsTest.settings(root, true, WorkbenchSessionsTest
                .clocked(clock)), "127.0.0.1", 0); RawHttp http = new RawHttp(workbench.port())) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(http, "ada", "guess").status()).isEqualTo(401);
            }
            RawHttp.Reply first = signIn(http, "ada", "guess");
            assertThat(first.status()).isEqualTo(429);
            assertThat(first.header("Retry-After")).isEqualTo("60");
            assertThat(first.body()).contains("try again in 1 minute.");
            clock.advance(Duration.ofSeconds(61));
            // one more wrong guess, and twice as long
            assertThat(signIn(http, "ada", "guess").status()).isEqualTo(401);
            RawHttp.Reply second = signIn(http, "ada", PASSWORD);
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.header("Retry-After")).isEqualTo("120");
            assertThat(second.body()).contains("try again in 2 minutes.");
            clock.advance(Duration.ofSeconds(121));
            assertThat(signIn(http, "ada", "guess").status()).isEqualTo(401);
            assertThat(signIn(http, "ada", "guess").header("Retry-After")).isEqualTo("240");
            clock.advance(Duration.ofSeconds(241));
            assertThat(signIn(http, "ada", PASSWORD).status()).isEqualTo(303);
        }
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesLockNothing() {
        TestClock clock = new TestClock();
        try (Workbench workbench = Workbench.start(WorkbenchSessionsTest.settings(root, true, WorkbenchSessionsTest
                .clocked(clock)), "127.0.0.1", 0); RawHttp http = new RawHttp(workbench.port())) {
            for (int i = 0; i < 8; i++) {
                assertThat(signIn(http, "ada", "guess").status()).as("guess " + (i + 1)).isEqualTo(401);
                clock.advance(Duration.ofMinutes(4));
            }
            assertThat(signIn(http, "ada", PASSWORD).status()).isEqualTo(303);
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
