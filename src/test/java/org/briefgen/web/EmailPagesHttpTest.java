package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 28 on the server, as a forger or a careless form would try it: issuing or sending letters dated
 * long ago without the confirmation (or confirming other dates) does nothing; a test send to something
 * that is not an address is refused; the e-mail's HTML body is served with a policy that lets nothing
 * in it run, load or be framed elsewhere.
 */
class EmailPagesHttpTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private Workbench start(Path root) {
        return Workbench.start(WorkbenchMailTest.settings(root, "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(),
                name -> null), "127.0.0.1", 0);
    }

    private static int letters(Path root) {
        try (Archive archive = Archives.open(WorkbenchMailTest.settings(root, null, n -> null).archive(), Clock
                .systemUTC())) {
            return archive.letters().size();
        }
    }

    @Test
    void issuingWithoutConfirmingThePastDatesIssuesNothing() {
        Path root = TestCampaigns.copyBundled(dir.resolve("issue"));
        try (Workbench workbench = start(root)) {
            WebClient web = new WebClient(workbench.port());
            String token = WorkbenchHttpTest.datesToken(web.get("/issue").body());
            assertThat(token).startsWith("2020-01-07/2020-01-17/");
            HttpResponse<String> without = web.post("/issue", Map.of("_csrf", web.csrf(), "scope", "all"));
            assertThat(without.statusCode()).isEqualTo(400);
            assertThat(without.body()).contains("these letters&#39; dates were not confirmed",
                    "I know these letters are dated 7 January 2020 and their deadline has passed", "nothing was"
                            + " issued");
            HttpResponse<String> other = web.post("/issue", Map.of("_csrf", web.csrf(), "scope", "all",
                    "confirm_dates", "2026-12-01/2026-12-11/" + token.substring(token.lastIndexOf('/') + 1)));
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(letters(root)).isZero();
            WorkbenchHttpTest.issueAll(web);
            assertThat(letters(root)).isEqualTo(5);
        }
    }

    @Test
    void sendingWithoutConfirmingThePastDatesSendsNothing() {
        Path root = TestCampaigns.copyBundled(dir.resolve("send"));
        try (Workbench workbench = start(root)) {
            WebClient web = new WebClient(workbench.port());
            WorkbenchHttpTest.issueAll(web);
            String page = web.get("/send").body();
            assertThat(page).contains("I know these letters are dated 7 January 2020 and their deadline has passed");
            HttpResponse<String> without = web.postRaw("/send", "_csrf=" + web.csrf() + "&letter=CE-2020-001");
            assertThat(without.statusCode()).isEqualTo(400);
            assertThat(without.body()).contains("nothing was sent");
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void aTestSendToSomethingThatIsNotAnAddressIsRefused() {
        Path root = TestCampaigns.copyBundled(dir.resolve("test"));
        try (Workbench workbench = start(root)) {
            WebClient web = new WebClient(workbench.port());
            HttpResponse<String> refused = web.post("/letters/amazon-uk/email/test", Map.of("_csrf", web.csrf(),
                    "address", "ada@example.org\r\nBcc: everyone@example.org"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("is not an e-mail address", "nothing was sent");
            HttpResponse<String> none = web.post("/letters/amazon-uk/email/test", Map.of("_csrf", web.csrf(),
                    "address", ""));
            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(none.body()).contains("briefgen user email NAME ADDRESS");
            assertThat(web.post("/letters/amazon-uk/email/test", Map.of("address", "ada@example.org")).statusCode())
                    .as("no CSRF token").isEqualTo(403);
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void theEmailsHtmlBodyCanRunNothingLoadNothingAndIsFramedOnlyByTheWorkbench() {
        Path root = TestCampaigns.copyBundled(dir.resolve("body"));
        try (Workbench workbench = start(root)) {
            WebClient web = new WebClient(workbench.port());
            HttpResponse<String> body = web.get("/letters/amazon-uk/email/body");
            assertThat(body.statusCode()).isEqualTo(200);
            assertThat(body.body()).contains("Amazon");
            String csp = body.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'none'", "sandbox", "frame-ancestors 'self'").doesNotContain(
                    "script-src");
            assertThat(body.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(web.get("/letters/amazon-uk").headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-src 'self'", "frame-ancestors 'none'");
            assertThat(web.get("/letters/nobody/email/body").statusCode()).isEqualTo(404);
        }
    }
}
