package org.briefgen.web;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.DeliveryEvent;
import org.briefgen.archive.DeliveryKind;
import org.briefgen.archive.Response;
import org.briefgen.archive.ReviewDecision;
import org.briefgen.archive.jdbc.Archives;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies to attach (issue 24, item 4): an unmatched message on the inbox page, or one held for review, is
 * recorded as the response to the letter the officer chooses. The forms are treated as hostile: a forged or
 * mistyped POST is refused (403 or 400) and leaves the archive as it was. Each letter's page shows its
 * deliveries.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttachRepliesTest {

    @TempDir
    static Path dir;

    static Path root;
    static Workbench workbench;
    static WebClient web;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty("java.awt.headless", "true");
        root = TestCampaigns.copyBundled(dir.resolve("campaign"));
        workbench = Workbench.start(WorkbenchMailTest.settings(root, null, name -> null), "127.0.0.1", 0);
        web = new WebClient(workbench.port());
        WorkbenchHttpTest.issueAll(web);
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        // names no letter at all: unmatched
        Files.writeString(inbox.resolve("u.eml"), message("Legal Team <legal@amazon-legal.example>",
                "Your letter about Alexa", "unmatched-1"));
        // names CE-2020-002 from a stranger's address: held for review
        Files.writeString(inbox.resolve("h.eml"), message("Fieldfare DPO <dpo@fieldfare-mail.example>",
                "Re: CE-2020-002 our answer", "held-1"));
        HttpResponse<String> read = web.post("/inbox", Map.of("_csrf", web.csrf()));
        assertThat(read.body()).contains("1 unmatched", "1 for review", "id=\"attach-1\"");
    }

    @AfterAll
    static void stop() {
        workbench.close();
    }

    static String message(String from, String subject, String id) {
        return """
                Received: from mail.example by mx.privacyinternational.org; Tue, 14 Jan 2020 10:15:02 +0000
                From: %s
                To: info@privacyinternational.org
                Subject: %s
                Date: Tue, 14 Jan 2020 10:15:00 +0000
                Message-ID: <%s@example>

                We answer your letter.
                """.formatted(from, subject, id).replace("\n", "\r\n");
    }

    static Archive archive() {
        return Archives.openExisting(ArchiveLocation.of(null, root.resolve("out")), Clock.systemUTC());
    }

    /** What an attacker's POST must not change: responses, the review list and its decisions. */
    static List<Integer> recorded() {
        try (Archive archive = archive()) {
            return List.of(archive.responses().size(), archive.reviewMessages().size(), archive.reviewDecisions()
                    .size());
        }
    }

    @Test
    @Order(1)
    void aForgedOrMistypedAttachmentIsRefusedAndRecordsNothing() {
        List<Integer> before = recorded();
        assertThat(before).containsExactly(0, 1, 0);
        String csrf = web.csrf();
        String id = "<unmatched-1@example>";
        // no token: another site's form
        assertThat(web.post("/inbox/attach", Map.of("message", id, "letter", "CE-2020-001")).statusCode())
                .isEqualTo(403);
        assertThat(web.post("/review/1/attach", Map.of("letter", "CE-2020-003")).statusCode()).isEqualTo(403);
        // the right token from another origin
        try (RawHttp raw = new RawHttp(workbench.port())) {
            assertThat(raw.post("/inbox/attach", "_csrf=" + csrf + "&message=x&letter=CE-2020-001", "Origin",
                    "http://evil.example").status()).isEqualTo(403);
        }
        // a letter that is not one, a path, a letter replaced by nothing the archive has
        for (String letter : List.of("", "../../out/archive.sqlite", "CE-2099-999", "CE-2020-001; DROP TABLE x",
                "<script>")) {
            HttpResponse<String> r = web.post("/inbox/attach", Map.of("_csrf", csrf, "message", id, "letter",
                    letter));
            assertThat(r.statusCode()).as(letter).isEqualTo(400);
            assertThat(r.body()).contains("nothing was recorded").doesNotContain("<script>");
            assertThat(web.post("/review/1/attach", Map.of("_csrf", csrf, "letter", letter)).statusCode()).as(letter)
                    .isEqualTo(400);
        }
        // a message the inbox does not hold, and one with control characters
        assertThat(web.post("/inbox/attach", Map.of("_csrf", csrf, "message", "<none@example>", "letter",
                "CE-2020-001")).statusCode()).isEqualTo(400);
        assertThat(web.post("/inbox/attach", Map.of("_csrf", csrf, "message", "<a\r\nb@example>", "letter",
                "CE-2020-001")).statusCode()).isEqualTo(400);
        // an entry of the review list that is not a number, or not there
        assertThat(web.post("/review/..%2F1/attach", Map.of("_csrf", csrf, "letter", "CE-2020-001")).statusCode())
                .isEqualTo(404);
        assertThat(web.post("/review/99/attach", Map.of("_csrf", csrf, "letter", "CE-2020-001")).statusCode())
                .isEqualTo(400);
        assertThat(recorded()).isEqualTo(before);
        try (Archive archive = archive()) {
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @Test
    @Order(2)
    void anUnmatchedMessageIsRecordedAsTheResponseOfTheLetterTheOfficerChose() {
        HttpResponse<String> attached = web.post("/inbox/attach", Map.of("_csrf", web.csrf(), "message",
                "<unmatched-1@example>", "letter", "CE-2020-001 (Amazon UK)"));
        assertThat(attached.statusCode()).isEqualTo(303);
        assertThat(attached.headers().firstValue("Location")).hasValue("/archive/CE-2020-001?recorded=response");
        assertThat(web.get("/archive/CE-2020-001?recorded=response").body()).contains("The response was recorded",
                "Your letter about Alexa", "14 January 2020");
        try (Archive archive = archive()) {
            Response r = archive.responses().get(0);
            assertThat(r.reference()).isEqualTo("CE-2020-001");
            assertThat(r.officer()).isEqualTo("officer-on-this-machine");
            assertThat(archive.reviewDecisions()).extracting(ReviewDecision::decision).containsExactly("confirmed");
            assertThat(archive.verify().intact()).isTrue();
        }
        // read again: recorded once, no longer unmatched
        assertThat(web.post("/inbox", Map.of("_csrf", web.csrf())).body()).contains("0 unmatched");
        // attaching it twice records nothing more
        assertThat(web.post("/inbox/attach", Map.of("_csrf", web.csrf(), "message", "<unmatched-1@example>",
                "letter", "CE-2020-001")).statusCode()).isEqualTo(400);
        assertThat(recorded().get(0)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aHeldMessageIsAttachedToAnotherLetterAndTheReviewListSaysSo() {
        String held = web.get("/review").body();
        int entry = held.contains("id=\"review-2\"") ? 2 : 1;
        HttpResponse<String> attached = web.post("/review/" + entry + "/attach", Map.of("_csrf", web.csrf(),
                "letter", "CE-2020-003"));
        assertThat(attached.statusCode()).isEqualTo(303);
        assertThat(attached.headers().firstValue("Location")).hasValue("/archive/CE-2020-003?recorded=response");
        try (Archive archive = archive()) {
            assertThat(archive.responses()).extracting(Response::reference).containsExactly("CE-2020-001",
                    "CE-2020-003");
        }
        assertThat(web.get("/review").body()).contains("No message awaits review",
                "recorded as the response to CE-2020-003");
    }

    @Test
    @Order(4)
    void aLettersPageShowsItsDeliveriesWithTheServersAnswer() {
        try (Archive archive = archive()) {
            archive.deliver(List.of(new DeliveryEvent("CE-2020-002", "privacy@northwind-home.example.org",
                    DeliveryKind.SENT, "<m1@privacyinternational.org>", 1, "2020-01-07T09:30:00Z",
                    "250 2.0.0 Ok: queued as 4BX")), false);
        }
        String page = web.get("/archive/CE-2020-002").body();
        assertThat(page).contains("id=\"deliveries\"", "privacy@northwind-home.example.org",
                "250 2.0.0 Ok: queued as 4BX", "7 January 2020, ").doesNotContain("2020-01-07T09:30:00Z");
        assertThat(web.get("/archive/CE-2020-004").body()).contains("No delivery recorded");
    }
}
