package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS rebinding and cross-site forms: a page on another site whose name resolves to 127.0.0.1
 * reaches the workbench with its own name in {@code Host}, and its own origin in {@code Origin}.
 */
class WorkbenchHostsTest {

    @TempDir
    static Path dir;

    static Workbench workbench;

    @BeforeAll
    static void start() {
        System.setProperty("java.awt.headless", "true");
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        workbench = Workbench.start(WorkbenchHttpTest.settings(root, false), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    /** Each registered route with its parameters filled in, and a static file and a page that is not there. */
    static List<String[]> everyRoute(Workbench workbench) {
        List<String[]> all = new ArrayList<>();
        for (String route : workbench.routes()) {
            String[] parts = route.split(" ", 2);
            String path = parts[1].replace("{ref}", "CE-2020-001").replace("{id}", "amazon-uk").replace("{job}", "1")
                    .replace("{name}", "CE-2020-001-amazon-uk.pdf").replace("{entry}", "1").replace("{n}", "0")
                    .replace("{kind}", "pdf").replace("{day}", "2020-02-01").replace("<path>", "index.html");
            assertThat(path).as(route).doesNotContain("{");
            all.add(new String[] {parts[0], path});
        }
        all.add(new String[] {"GET", "/static/workbench.css"});
        all.add(new String[] {"GET", "/no-such-page"});
        return all;
    }

    @Test
    void aRequestForAnotherNameIsRefusedOnEveryRouteGetAndPost() {
        List<String[]> routes = everyRoute(workbench);
        assertThat(routes).extracting(r -> r[0] + " " + r[1]).contains("GET /", "POST /issue", "POST /send",
                "POST /archive/CE-2020-001/responses", "POST /login", "GET /tracker/export.csv");
        try (RawHttp http = new RawHttp(workbench.port())) {
            // the attacker's page would have this token had it read the form
            String csrf = http.get("/issue").csrf();
            assertThat(csrf).isNotNull();
            for (String name : List.of("attacker.example", "attacker.example:" + workbench.port())) {
                for (String[] route : routes) {
                    for (String method : List.of("GET", "POST")) {
                        RawHttp.Reply r = http.send(method, route[1], method.equals("POST") ? "_csrf=" + csrf
                                + "&scope=all" : null, "Host", name, "Origin", method.equals("POST")
                                        ? "http://"
                                                + name
                                        : null);
                        String what = method + " " + route[1] + " Host: " + name;
                        assertThat(r.status()).as(what).isIn(421, 403);
                        assertThat(r.body()).as(what).doesNotContain("_csrf").doesNotContain("Amazon");
                        assertThat(r.all("set-cookie")).as(what).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void thisMachinesNamesWithThePortAreServedAndNoOthers() {
        int port = workbench.port();
        try (RawHttp http = new RawHttp(port)) {
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:"
                    + port)) {
                assertThat(http.get("/", "Host", host).status()).as(host).isEqualTo(200);
            }
            for (String host : List.of("localhost", "127.0.0.1", "localhost:1", "127.0.0.1.attacker.example:" + port,
                    "localhost.attacker.example:" + port, "")) {
                assertThat(http.get("/", "Host", host).status()).as(host).isIn(421, 400);
            }
            // no Host at all (HTTP/1.1 requires one)
            assertThat(http.get("/", "Host", null).status()).isIn(421, 400);
        }
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithTheFormsToken() {
        try (RawHttp http = new RawHttp(workbench.port())) {
            String form = "_csrf=" + http.get("/issue").csrf();
            String own = "http://" + http.host();
            assertThat(http.post("/logout", form, "Origin", "http://attacker.example").status()).isEqualTo(403);
            assertThat(http.post("/logout", form, "Origin", "null").status()).isEqualTo(403);
            assertThat(http.post("/logout", form, "Origin", "https://" + http.host()).status()).isEqualTo(403);
            assertThat(http.post("/logout", form, "Origin", own + ".attacker.example").status()).isEqualTo(403);
            assertThat(http.post("/logout", form, "Origin", null, "Referer", "http://attacker.example/page")
                    .status()).isEqualTo(403);
            // neither Origin nor Referer: every browser sends Origin with a form's POST, so this is no browser's
            assertThat(http.post("/logout", form, "Origin", null).status()).isEqualTo(403);
            RawHttp.Reply refused = http.post("/issue", form + "&scope=all", "Origin", "http://attacker.example");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("did not come from the workbench");

            assertThat(http.post("/logout", form).status()).isEqualTo(303);
            form = "_csrf=" + http.get("/issue").csrf();
            assertThat(http.post("/logout", form, "Origin", null, "Referer", own + "/issue").status()).isEqualTo(303);
        }
    }
}
