package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Response;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench over HTTP, as an attacker sees it: headers, CSRF, uploads, paths, login. */
class WorkbenchHttpTest {

    @TempDir
    static Path dir;

    static Path root;
    static Workbench workbench;
    static WebClient web;

    @BeforeAll
    static void start() {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        workbench = Workbench.start(settings(root, false), "127.0.0.1", 0);
        web = new WebClient(workbench.port());
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    static Workbench.Settings settings(Path root, boolean login) {
        Path out = root.resolve("out");
        return new Workbench.Settings(root.resolve("data"), root.resolve("templates"), out, ArchiveLocation.of(null,
                out), login, "officer-on-this-machine");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/issue", "/send", "/tracker", "/archive", "/letters/amazon-uk",
                "/letters/amazon-uk/pages/0.png", "/static/workbench.css", "/static/workbench.js", "/no-such-page",
                "/letters/no-such-recipient", "/static/%2e%2e/%2e%2e/pom.xml")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(
                    csp).contains("frame-ancestors 'none'", "script-src 'self'", "default-src 'none'")
                    .doesNotContain("unsafe-inline"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(r.body()).as(path).doesNotContain("<script>").doesNotContain(" style=")
                        .doesNotContain(" onclick=");
            }
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrict() {
        HttpResponse<String> r = new WebClient(workbench.port()).get("/");
        assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("HttpOnly",
                "SameSite=Strict"));
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() {
        assertThat(web.post("/issue", Map.of("scope", "all")).statusCode()).isEqualTo(403);
        assertThat(web.post("/issue", Map.of("scope", "all", "_csrf", "forged")).statusCode()).isEqualTo(403);
        // another browser's token is not this one's
        String theirs = new WebClient(workbench.port()).csrf();
        assertThat(web.post("/issue", Map.of("scope", "all", "_csrf", theirs)).statusCode()).isEqualTo(403);
        assertThat(web.postMultipart("/archive/CE-2020-001/responses", Map.of("kind", "response", "received",
                "2020-01-10"), "r.pdf", new byte[10]).statusCode()).isEqualTo(403);
    }

    @Test
    void noNameInAnAddressReachesTheFileSystem() {
        for (String path : List.of("/letters/..%2F..%2Fpom.xml", "/letters/%2e%2e", "/letters/..",
                "/letters/amazon-uk/files/..%2F..%2F..%2Fpom.xml", "/letters/amazon-uk/files/%2Fetc%2Fpasswd",
                "/letters/amazon-uk/pages/..%2F..%2Fpom.xml", "/letters/amazon-uk/pages/-1",
                "/letters/amazon-uk/pages/99", "/archive/..%2F..%2Fpom.xml", "/archive/%2Fetc%2Fpasswd",
                "/archive/CE-2020-001/files/..%2F..%2F..%2Fpom.xml", "/archive/CE-2020-001/files/%2Fetc%2Fpasswd",
                "/archive/CE-2020-001/files/..",
                "/archive/CE-2020-001/files/archive.sqlite",
                "/archive/CE-2020-001/responses/..%2F1/file", "/issue/..%2F..%2Fpom.xml/progress",
                "/issue/%2e%2e%2f%2e%2e%2fpom.xml", "/static/../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml",
                "/static/..%2F..%2F..%2Fpom.xml", "/static//etc/passwd", "/letters/C:%5Cwindows%5Cwin.ini")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("<modelVersion>").doesNotContain("root:x:");
        }
    }

    @Test
    void anUploadIsSizeLimitedAndStoredUnderASafeName() throws IOException {
        issueAll(web);
        String csrf = web.csrf();
        Map<String, String> fields = Map.of("_csrf", csrf, "kind", "response", "received", "2020-01-15", "summary",
                "too big");
        HttpResponse<String> big = web.postMultipart("/archive/CE-2020-002/responses", fields, "big.pdf",
                new byte[11 * 1024 * 1024]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(responses()).noneMatch(r -> r.reference().equals("CE-2020-002"));

        HttpResponse<String> ok = web.postMultipart("/archive/CE-2020-002/responses", Map.of("_csrf", csrf, "kind",
                "response", "received", "2020-01-15", "summary", "They wrote back"), "../../../escaped.pdf",
                "%PDF-1.4 a reply".getBytes());
        assertThat(ok.statusCode()).isEqualTo(303);
        Response recorded = responses().stream().filter(r -> r.reference().equals("CE-2020-002")).findFirst()
                .orElseThrow();
        assertThat(recorded.summary()).isEqualTo("They wrote back");
        // each file link gives that file
        HttpResponse<byte[]> pdf = web.getBytes("/archive/CE-2020-002/files/CE-2020-002-northwind-home-ltd.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the upload keeps its own name, but only its last part: nothing lands outside the letter's folder
        assertThat(recorded.file().path()).matches("responses/CE-2020-002/[0-9]+-escaped\\.pdf");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains("escaped")).map(p -> dir.relativize(p)
                    .getParent().toString().replace('\\', '/'))).allMatch(folder -> folder.endsWith(
                            "out/responses/CE-2020-002"));
        }
        // the same rules as respond: a date before the letter is refused, with why
        HttpResponse<String> early = web.postMultipart("/archive/CE-2020-002/responses", Map.of("_csrf", csrf,
                "kind", "response", "received", "2019-12-01"), null, null);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("before the letter&#39;s date 2020-01-07");
    }

    @Test
    void aResponseTheCompanyAskedToKeepPrivateIsMarkedNotForPublication() throws IOException {
        issueAll(web);
        assertThat(web.get("/archive/CE-2020-003").body()).contains(
                "<input type=\"checkbox\" id=\"private\" name=\"private\" value=\"yes\"",
                "<label for=\"private\">Not for publication</label>");
        HttpResponse<String> ok = web.postMultipart("/archive/CE-2020-003/responses", Map.of("_csrf", web.csrf(),
                "kind", "response", "received", "2020-01-15", "summary", "Off the record", "private", "yes"), null,
                null);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(responses()).filteredOn(r -> r.reference().equals("CE-2020-003")).singleElement().matches(
                Response::notForPublication);
        assertThat(web.get("/archive/CE-2020-003").body()).contains("<span class=\"badge\">not for publication</span>");
        web.postMultipart("/archive/CE-2020-001/responses", Map.of("_csrf", web.csrf(), "kind", "response",
                "received", "2020-01-15", "summary", "On the record"), null, null);
        assertThat(responses()).filteredOn(r -> r.reference().equals("CE-2020-001")).singleElement().matches(r -> !r
                .notForPublication());
    }

    @Test
    void aLoginIsNeededWhenTheWorkbenchIsNotOnlyForThisMachine() {
        Path other = TestCampaigns.copyBundled(dir.resolve("shared"));
        try (Archive archive = Archives.open(ArchiveLocation.of(null, other.resolve("out")), Clock.systemUTC())) {
            archive.addOfficer("ada", "a long enough passphrase".toCharArray());
        }
        try (Workbench shared = Workbench.start(settings(other, true), "127.0.0.1", 0)) {
            WebClient client = new WebClient(shared.port());
            for (String path : List.of("/", "/issue", "/tracker", "/archive", "/letters/amazon-uk",
                    "/tracker/export.csv")) {
                HttpResponse<String> r = client.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(302);
                assertThat(r.headers().firstValue("Location")).as(path).contains("/login");
            }
            String csrf = csrfOf(client.get("/login").body());
            assertThat(client.post("/issue", Map.of("_csrf", csrf, "scope", "all")).statusCode()).isEqualTo(403);
            HttpResponse<String> wrong = client.post("/login", Map.of("_csrf", csrf, "name", "ada", "password",
                    "not the passphrase"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("do not match").doesNotContain("not the passphrase");
            HttpResponse<String> right = client.post("/login", Map.of("_csrf", csrf, "name", "ada", "password",
                    "a long enough passphrase"));
            assertThat(right.statusCode()).isEqualTo(303);
            HttpResponse<String> home = client.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Officer: <strong>ada</strong>", "Amazon UK");

            // the archive records the signed-in officer, not the user the server runs as
            issueAll(client);
            HttpResponse<String> recorded = client.postMultipart("/archive/CE-2020-001/responses", Map.of("_csrf",
                    client.csrf(), "kind", "response", "received", "2020-01-15", "summary", "Replied"), null, null);
            assertThat(recorded.statusCode()).isEqualTo(303);
            try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, other.resolve("out")), Clock
                    .systemUTC())) {
                assertThat(archive.letters()).extracting(IssuedLetter::officer).containsOnly("ada");
                assertThat(archive.responses()).extracting(Response::officer).containsExactly("ada");
            }
        }
    }

    static String csrfOf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Issues every letter through the page, and waits for the run to finish. */
    /** The value of the page's "I know these letters are dated …" checkbox (empty when it asks for none). */
    static String datesToken(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"confirm_dates\" value=\"([^\"]*)\"")
                .matcher(page);
        return m.find() ? m.group(1) : "";
    }

    static void issueAll(WebClient client) {
        String token = datesToken(client.get("/issue").body());
        HttpResponse<String> started = client.post("/issue", Map.of("_csrf", client.csrf(), "scope", "all",
                "confirm_dates", token));
        assertThat(started.statusCode()).isEqualTo(303);
        String job = started.headers().firstValue("Location").orElseThrow();
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            String progress = client.get(job + "/progress").body();
            if (progress.contains("data-finished=\"true\"")) {
                assertThat(progress).contains("data-state=\"done\"");
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("issuing did not finish");
    }

    private List<Response> responses() {
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock
                .systemUTC())) {
            return archive.responses();
        }
    }
}
