package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.TestCampaigns;
import org.briefgen.approval.Role;
import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settings page (issue 24, item 10): the settings in force, never a password; the SMTP user corrected
 * for the running server by a POST treated as hostile: no token, another origin, a user that is not one, or
 * an officer who is not an admin are refused and change nothing.
 */
class SettingsHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void theSettingsInForceAreShownWithoutAPasswordAndOnlyAGuardedFormChangesTheUser() {
        Path root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        Workbench.Settings settings = WorkbenchMailTest.settings(root, "smtp://ofiser@127.0.0.1:2525",
                name -> name.equals(SendPages.PASSWORD_VARIABLE) ? "s3cret-pass" : null).publishingTo(
                        root.resolve(
                                "site"));
        try (Workbench workbench = Workbench.start(settings, "127.0.0.1", 0)) {
            WebClient web = new WebClient(workbench.port());
            String page = web.get("/settings").body();
            assertThat(page).contains("127.0.0.1, port 2525", "ofiser", "set, from BRIEFGEN_SMTP_PASSWORD",
                    "serve --smtp", root.resolve("inbox").toString(), root.resolve("site").toAbsolutePath()
                            .toString(),
                    "id=\"smtp-form\"", Words.officers().zone().getId())
                    .doesNotContain("s3cret-pass");

            // forged: no token; the right token from another site
            assertThat(web.post("/settings/smtp", Map.of("username", "mallory")).statusCode()).isEqualTo(403);
            try (RawHttp raw = new RawHttp(workbench.port())) {
                assertThat(raw.post("/settings/smtp", "_csrf=" + web.csrf() + "&username=mallory", "Origin",
                        "http://evil.example").status()).isEqualTo(403);
            }
            // not a user name
            for (String user : new String[] {"", "two words", "line\r\nRCPT TO:<x@evil.example>"}) {
                HttpResponse<String> refused = web.post("/settings/smtp", Map.of("_csrf", web.csrf(), "username",
                        user));
                assertThat(refused.statusCode()).as(user).isEqualTo(400);
                assertThat(refused.body()).contains("nothing was changed");
            }
            assertThat(web.get("/settings").body()).contains("ofiser").doesNotContain("mallory");

            HttpResponse<String> changed = web.post("/settings/smtp", Map.of("_csrf", web.csrf(), "username",
                    "officer", "password", "n3w-secret"));
            assertThat(changed.statusCode()).isEqualTo(303);
            String after = web.get("/settings?changed=smtp").body();
            assertThat(after).contains("The SMTP user is now officer", "given on this page, for this run",
                    "given here by officer-on-this-machine").doesNotContain("n3w-secret").doesNotContain(
                            "s3cret-pass");
            // the Send page uses it at once (a dry run logs in as it)
            assertThat(web.get("/send").body()).contains("officer@127.0.0.1:2525").doesNotContain("ofiser@");
            assertThat(web.post("/settings/smtp/forget", Map.of("_csrf", web.csrf())).statusCode()).isEqualTo(303);
            assertThat(web.get("/settings").body()).contains("ofiser");
        }
    }

    @Test
    void onlyAnAdminChangesTheSmtpUserWhenOfficersSignIn() {
        Path root = TestCampaigns.copyBundled(dir.resolve("login"));
        Path out = root.resolve("out");
        Workbench.Settings settings = new Workbench.Settings(root.resolve("data"), root.resolve("templates"), out,
                org.briefgen.archive.ArchiveLocation.of(null, out), true, "officer-on-this-machine", new Workbench.Mail(
                        "smtp://ofiser@127.0.0.1:2525", null, null, name -> null));
        try (Archive archive = Archives.open(settings.archive(), Clock.systemUTC())) {
            archive.addOfficer("olive", "correct horse battery".toCharArray(), Role.OFFICER);
            archive.addOfficer("ada", "correct horse battery".toCharArray(), Role.ADMIN);
        }
        try (Workbench workbench = Workbench.start(settings, "127.0.0.1", 0)) {
            WebClient anonymous = new WebClient(workbench.port());
            assertThat(anonymous.post("/settings/smtp", Map.of("_csrf", csrf(anonymous, "/login"), "username", "x"))
                    .statusCode()).isEqualTo(403);

            WebClient olive = signedIn(workbench, "olive");
            assertThat(olive.get("/settings").body()).contains("Only an admin corrects the SMTP user here")
                    .doesNotContain("id=\"smtp-form\"");
            HttpResponse<String> refused = olive.post("/settings/smtp", Map.of("_csrf", csrf(olive, "/settings"),
                    "username", "olive"));
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("only an admin changes the workbench&#39;s settings");

            WebClient ada = signedIn(workbench, "ada");
            assertThat(ada.post("/settings/smtp", Map.of("_csrf", csrf(ada, "/settings"), "username", "ada"))
                    .statusCode()).isEqualTo(303);
        }
    }

    private static WebClient signedIn(Workbench workbench, String name) {
        WebClient web = new WebClient(workbench.port());
        HttpResponse<String> in = web.post("/login", Map.of("_csrf", csrf(web, "/login"), "name", name, "password",
                "correct horse battery"));
        assertThat(in.statusCode()).as("sign-in of " + name).isEqualTo(303);
        return web;
    }

    private static String csrf(WebClient web, String page) {
        Matcher m = CSRF.matcher(web.get(page).body());
        assertThat(m.find()).as("a form on " + page).isTrue();
        return m.group(1);
    }
}
