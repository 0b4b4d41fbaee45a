package org.briefgen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.ArchiveLocation;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's Send page and inbox reading over HTTP, against a real SMTP server on loopback. */
class WorkbenchMailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("officer", "s3cret-pass"))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;

    static Path root;
    static Workbench workbench;
    static WebClient web;

    @BeforeAll
    static void start() {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        workbench = Workbench.start(settings(root, "smtp://127.0.0.1:" + MAIL.getSmtp().getPort(), name -> null),
                "127.0.0.1", 0);
        web = new WebClient(workbench.port());
        WorkbenchHttpTest.issueAll(web);
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    static Workbench.Settings settings(Path root, String smtp, java.util.function.Function<String, String> env) {
        Path out = root.resolve("out");
        return new Workbench.Settings(root.resolve("data"), root.resolve("templates"), out, ArchiveLocation.of(null,
                out), false, "officer-on-this-machine", new Workbench.Mail(smtp, root.resolve("inbox"), null, env));
    }

    @Test
    void theDryRunListsThenAConfirmSendsOncePerAddressAndASecondSendsNothing() throws Exception {
        HttpResponse<String> page = web.get("/send");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dry run", "3 letters would be sent", "CE-2020-001", "Amazon UK",
                "eu-privacy@amazon.co.uk", "CE-2020-001-amazon-uk.pdf, briefing.pdf", " bytes", "send-confirm")
                .doesNotContain("CE-2020-004");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        List<String> letters = hidden(page.body(), "letter");
        assertThat(letters).containsExactly("CE-2020-001", "CE-2020-002", "CE-2020-003");

        // a confirmation without the form's token sends nothing
        assertThat(web.post("/send", Map.of("letter", "CE-2020-001")).statusCode()).isEqualTo(403);
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        String progress = confirm(letters);
        assertThat(progress).contains("Done: 3 letters sent", "eu-privacy@amazon.co.uk",
                "privacy@northwind-home.example.org", "dpo@fieldfare.example.org", "status-sent");
        List<String> to = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            to.add(m.getAllRecipients()[0].toString());
        }
        assertThat(to).containsExactlyInAnyOrder("eu-privacy@amazon.co.uk", "privacy@northwind-home.example.org",
                "dpo@fieldfare.example.org");

        // the same confirmation again (a second tab, a double click) sends nothing
        assertThat(confirm(letters)).contains("Done: 0 letters sent; 3 already sent");
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
        assertThat(web.get("/send").body()).contains("Nothing to send", "3 letters were already sent")
                .doesNotContain("send-confirm");
        // the bundled deadline (2020) is long past: overdue, and sent
        assertThat(web.get("/tracker").body()).contains("CE-2020-001</a></td><td>Amazon UK", "(sent ");
    }

    @Test
    void withoutAServerThePageSaysWhatToAddAndAUserWithoutAPasswordIsNamed() {
        Path bare = TestCampaigns.copyBundled(dir.resolve("bare"));
        try (Workbench none = Workbench.start(settings(bare, null, name -> null), "127.0.0.1", 0)) {
            HttpResponse<String> page = new WebClient(none.port()).get("/send");
            assertThat(page.body()).contains("No mail server is set up", "smtp:", "host: smtp.example.org",
                    "security: starttls", "BRIEFGEN_SMTP_PASSWORD").doesNotContain("send-confirm");
        }
        String withUser = "smtp://officer@127.0.0.1:" + MAIL.getSmtp().getPort();
        try (Workbench noPassword = Workbench.start(settings(bare, withUser, name -> null), "127.0.0.1", 0)) {
            HttpResponse<String> page = new WebClient(noPassword.port()).get("/send");
            assertThat(page.body()).contains("No password for officer", "BRIEFGEN_SMTP_PASSWORD")
                    .doesNotContain("send-confirm").doesNotContain("type=\"password\"");
        }
        // a dry run logs in: a wrong password is refused before anything is listed, and is not shown
        try (Workbench wrong = Workbench.start(settings(root, withUser, name -> "not-the-pass"), "127.0.0.1", 0)) {
            HttpResponse<String> page = new WebClient(wrong.port()).get("/send");
            assertThat(page.body()).contains("Nothing can be sent yet").doesNotContain("not-the-pass")
                    .doesNotContain("send-confirm");
        }
    }

    /** Posts the confirmation and follows the run to its end; its last progress fragment. */
    static String confirm(List<String> letters) {
        StringBuilder form = new StringBuilder("_csrf=" + web.csrf());
        letters.forEach(l -> form.append("&letter=").append(l));
        HttpResponse<String> started = web.postRaw("/send", form.toString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        String job = started.headers().firstValue("Location").orElseThrow();
        assertThat(web.get(job).body()).contains("id=\"progress\"");
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            String progress = web.get(job + "/progress").body();
            if (progress.contains("data-finished=\"true\"")) {
                assertThat(progress).contains("data-state=\"done\"");
                return progress;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("sending did not finish");
    }

    static List<String> hidden(String html, String name) {
        Matcher m = Pattern.compile("type=\"hidden\" name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
