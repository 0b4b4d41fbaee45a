package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review list in the workbench: a stranger's message naming a letter is held, not recorded; the
 * officer confirms one ("this is the company's reply") and dismisses another, by POSTs the guard
 * checks like every other; each decision is recorded by the officer's name, once, and chained.
 */
class WorkbenchReviewTest {

    @TempDir
    static Path dir;

    static Path root;
    static Workbench workbench;
    static WebClient web;

    @BeforeAll
    static void start() {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        workbench = Workbench.start(WorkbenchMailTest.settings(root, null, name -> null), "127.0.0.1", 0);
        web = new WebClient(workbench.port());
        WorkbenchHttpTest.issueAll(web);
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    private static String message(String from, String subject, String id) {
        return """
                Received: from mail.example by mx.privacyinternational.org; Tue, 14 Jan 2020 10:15:02 +0000
                From: %s
                To: info@privacyinternational.org
                Subject: %s
                Date: Tue, 14 Jan 2020 10:15:00 +0000
                Message-ID: <%s@example>

                We confess everything.
                """.formatted(from, subject, id).replace("\n", "\r\n");
    }

    @Test
    void anOfficerConfirmsOneHeldMessageAndDismissesAnotherByName() throws IOException {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Files.writeString(inbox.resolve("a.eml"), message("Amazon Legal <legal@amazon-legal.example>",
                "Re: CE-2020-001 our answer", "a"));
        Files.writeString(inbox.resolve("b.eml"), message("\"<b>Mallory</b>\" <mallory@evil.example>",
                "Re: CE-2020-002 <script>alert(1)</script>", "b"));

        HttpResponse<String> read = web.post("/inbox", Map.of("_csrf", web.csrf()));
        assertThat(read.body()).contains("0 recorded", "2 for review", "mallory@evil.example",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(web.get("/tracker").body()).doesNotContain("responded 14 January 2020");

        String list = web.get("/review").body();
        assertThat(list).contains("id=\"review-1\"", "This is Amazon UK's reply", "legal@amazon-legal.example",
                "2020-01-14T10:15:02Z", "&lt;b&gt;Mallory&lt;/b&gt;").doesNotContain("<b>Mallory");
        // a decision is a POST like every other: without the form's token it is refused
        assertThat(web.post("/review/1/confirm", Map.of()).statusCode()).isEqualTo(403);
        assertThat(web.post("/review/x/confirm", Map.of("_csrf", web.csrf())).statusCode()).isEqualTo(404);

        HttpResponse<String> confirmed = web.post("/review/1/confirm", Map.of("_csrf", web.csrf()));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/review?decided=1");
        HttpResponse<String> dismissed = web.post("/review/2/dismiss", Map.of("_csrf", web.csrf(), "comment",
                "not from Northwind"));
        assertThat(dismissed.statusCode()).isEqualTo(303);
        HttpResponse<String> again = web.post("/review/2/confirm", Map.of("_csrf", web.csrf()));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("#2 was already dismissed by officer-on-this-machine");

        assertThat(web.get("/review").body()).contains("No message awaits review",
                "confirmed by officer-on-this-machine", "dismissed by officer-on-this-machine",
                "not from Northwind");
        assertThat(web.get("/tracker").body()).contains("responded 14 January 2020");
        try (Archive archive = Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock
                .systemUTC())) {
            assertThat(archive.reviewDecisions()).extracting(ReviewDecision::decision, ReviewDecision::officer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("confirmed", "officer-on-this-machine"),
                            org.assertj.core.groups.Tuple.tuple("dismissed", "officer-on-this-machine"));
            assertThat(archive.responses().stream().filter(r -> r.reference().equals("CE-2020-001")).findFirst()
                    .orElseThrow().officer()).isEqualTo("officer-on-this-machine");
            assertThat(archive.verify().intact()).isTrue();
        }
    }
}
