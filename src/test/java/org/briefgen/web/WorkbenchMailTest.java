package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryRow;
import org.briefgen.archive.Response;
import org.briefgen.archive.jdbc.Archives;

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
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
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

    // first: the inbox test records Amazon's reply, and send passes over a letter already answered
    @Test
    @org.junit.jupiter.api.Order(1)
    void theDryRunListsThenAConfirmSendsOncePerAddressAndASecondSendsNothing() throws Exception {
        HttpResponse<String> page = web.get("/send");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dry run", "4 letters would be sent", "CE-2020-001", "Amazon UK",
                "eu-privacy@amazon.co.uk", "CE-2020-001-amazon-uk.pdf, briefing.pdf", " bytes", "send-confirm")
                .doesNotContain("CE-2020-004");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
        List<String> letters = hidden(page.body(), "letter");
        assertThat(letters).containsExactly("CE-2020-001", "CE-2020-002", "CE-2020-003", "CE-2020-005");

        // a confirmation without the form's token sends nothing
        assertThat(web.post("/send", Map.of("letter", "CE-2020-001")).statusCode()).isEqualTo(403);
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        String progress = confirm(letters);
        assertThat(progress).contains("Done: 4 letters sent", "eu-privacy@amazon.co.uk",
                "privacy@northwind-home.example.org", "dpo@fieldfare.example.org", "status-sent");
        List<String> to = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            to.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        assertThat(to).containsExactlyInAnyOrder("eu-privacy@amazon.co.uk", "privacy@northwind-home.example.org",
                "dpo@fieldfare.example.org", "dpo@maisonnette.example.org");
        // each delivery row names the officer signed in to the page that confirmed
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock
                .systemUTC())) {
            assertThat(archive.deliveries()).hasSize(8).extracting(DeliveryRow::officer)
                    .containsOnly("officer-on-this-machine");
        }

        // the same confirmation again (a second tab, a double click) sends nothing
        assertThat(confirm(letters)).contains("Done: 0 letters sent; 4 already sent");
        assertThat(MAIL.getReceivedMessages()).hasSize(4);
        assertThat(web.get("/send").body()).contains("Nothing to send", "4 letters were already sent")
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

    @Test
    void readingTheInboxRecordsAReplyByTheOfficerAndListsAStrangerEscaped() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        // as the organisation's server stored it: its Received: header says when it came
        String reply = """
                Received: from mail.amazon.co.uk by mx.privacyinternational.org; Tue, 14 Jan 2020 10:15:02 +0000
                From: Data Protection Officer <eu-privacy@amazon.co.uk>
                To: info@privacyinternational.org
                Subject: Re: Cloud analytics
                Date: Tue, 14 Jan 2020 10:15:00 +0000
                Message-ID: <reply-1@amazon.co.uk>
                In-Reply-To: %s
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                We do not share data.
                """.formatted(messageId("CE-2020-001"));
        Files.writeString(inbox.resolve("reply.eml"), reply.replace("\n", "\r\n"));
        Files.writeString(inbox.resolve("stranger.eml"), """
                From: "<b>Offers</b>" <news@example.net>
                To: info@privacyinternational.org
                Subject: <script>alert(1)</script> & spring offers
                Date: Wed, 15 Jan 2020 08:00:00 +0000
                Message-ID: <offer-7@example.net>

                Buy now.
                """.replace("\n", "\r\n"));
        assertThat(web.get("/tracker").body()).contains("Read the inbox");
        // reading needs the form's token
        assertThat(web.post("/inbox", Map.of()).statusCode()).isEqualTo(403);

        HttpResponse<String> read = web.post("/inbox", Map.of("_csrf", web.csrf()));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body())
                .contains("1 recorded, 0 already recorded, 1 unmatched, 0 skipped, 0 for review", "CE-2020-001",
                        "Re: Cloud analytics", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; spring offers",
                        "&lt;b&gt;Offers&lt;/b&gt;")
                .doesNotContain("<script>alert").doesNotContain("<b>Offers");
        assertThat(web.post("/inbox", Map.of("_csrf", web.csrf())).body()).contains(
                "0 recorded, 1 already recorded, 1 unmatched");
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock
                .systemUTC())) {
            Response response = archive.responses().stream().filter(r -> r.reference().equals("CE-2020-001"))
                    .findFirst().orElseThrow();
            assertThat(response.summary()).isEqualTo("Re: Cloud analytics");
            assertThat(response.officer()).isEqualTo("officer-on-this-machine");
        }
        assertThat(web.get("/tracker").body()).contains("responded 14 January 2020");
    }

    @Test
    void withoutAnInboxTheTrackerSaysHowAndReadingIsRefused() {
        Path bare = TestCampaigns.copyBundled(dir.resolve("no-inbox"));
        Path out = bare.resolve("out");
        Workbench.Settings settings = new Workbench.Settings(bare.resolve("data"), bare.resolve("templates"), out,
                ArchiveLocation.of(null, out), false, "officer-on-this-machine");
        try (Workbench none = Workbench.start(settings, "127.0.0.1", 0)) {
            WebClient client = new WebClient(none.port());
            assertThat(client.get("/tracker").body()).contains("--inbox PATH").doesNotContain("read-inbox");
            HttpResponse<String> read = client.post("/inbox", Map.of("_csrf", client.csrf()));
            assertThat(read.statusCode()).isEqualTo(400);
            assertThat(read.body()).contains("No inbox is set up");
        }
    }

    private static String messageId(String reference) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("out/cloud-extraction-2020"))) {
            Path eml = files.filter(f -> f.getFileName().toString().startsWith(reference) && f.toString().endsWith(
                    ".eml")).findFirst().orElseThrow();
            return Files.readString(eml, StandardCharsets.ISO_8859_1).lines().filter(l -> l.startsWith(
                    "Message-ID: ")).findFirst().orElseThrow().substring("Message-ID: ".length()).strip();
        }
    }

    /** Posts the confirmation and follows the run to its end; its last progress fragment. */
    static String confirm(List<String> letters) {
        StringBuilder form = new StringBuilder("_csrf=" + web.csrf());
        letters.forEach(l -> form.append("&letter=").append(l));
        form.append("&confirm_dates=").append(WorkbenchHttpTest.datesToken(web.get("/send").body()));
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
