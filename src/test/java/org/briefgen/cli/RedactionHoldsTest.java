package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published reply keeps no personal address or number however it was written (internationalised,
 * behind HTML character references, split by tags, with any separators and digits), and a
 * publication never carries a file a browser would run, redacted or not.
 */
class RedactionHoldsTest {

    /** What must not survive: each a personal address or number, or the part a reader could piece together. */
    private static final List<String> PERSONAL = List.of("jürgen", "müller", "jane", "gmail", "почта", "пример",
            "用户", "例子", "josé", "7946", "０２０", "٧٩٤٦", "900123", "(202)", "0143", "x40", "&#64");

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void issued() {
        cli = new Cli(dir);
        assertThat(cli.generate("--quiet", "--formats", "pdf,eml").code()).isZero();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void respond(String reference, Path file) {
        Cli.Result r = cli.command("respond", reference, "--received", "2020-01-15", "--summary", "Answered",
                "--file", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private Path publish(String name, String... more) {
        Path site = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("publish", "--as-of", "2020-02-01", "--to", site
                .toString()));
        args.addAll(List.of(more));
        Cli.Result r = cli.command(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return site;
    }

    /** Every published file's text, by its path under the publication (the report's words are in the pages too). */
    private static Map<String, String> texts(Path site) throws IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (Map.Entry<String, byte[]> f : PublishCommandTest.files(site).entrySet()) {
            if (!f.getKey().endsWith(".pdf")) {
                texts.put(f.getKey(), new String(f.getValue(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /**
     * Amazon's page and its response's copy hold nothing of {@link #PERSONAL}. Digests (the letter's SHA-256, the
     * archive's head, which differs at every run) are left out first: "7946" may stand in one by chance.
     */
    private static void assertNoneSurvives(Map<String, String> texts) {
        texts.forEach((name, text) -> {
            if (name.contains("ce-2020-001")) {
                String words = withoutDigests(text);
                for (String p : PERSONAL) {
                    assertThat(words).as(name).doesNotContain(p);
                }
            }
        });
    }

    /** The text in lower case with every run of 64 hexadecimal digits (a SHA-256) taken out. */
    static String withoutDigests(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", "");
    }

    @Test
    void aDigestInThePageIsNotTakenForANumberButANumberBesideOneStillIs() {
        String head = "8bb43cf6bd7946e35b4db4f8d7a791ecdb3b777ed34d00d817f4e4cfe1bdedad";
        assertThat(withoutDigests("head " + head + ":letters=5")).doesNotContain("7946");
        assertThat(withoutDigests("call 020 7946 0958, head " + head)).contains("7946");
    }

    private static final String HTML_BODY = """
            <html><head><title>jane.doe@gmail.com</title></head><body>
            <p>Thank you for your letter. Our team is at eu-privacy@amazon.co.uk.</p>
            <p>Write to jane&#64;gmail.com, j&#x61;ne.doe&commat;gmail&period;com or jane.doe&#x40;gmail.com,
            or to <span>jane</span>.<b>doe</b>@<i>gmail</i>.com.</p>
            <p>Colleagues: jürgen.müller@beispiel.de, почта@пример.рф, 用户@例子.广告, josé@correo.es.</p>
            <p>Phones: 020 - 7946 - 0958, 020.7946.0958, 020/7946/0958, (020) 7946 0958,
            ０２０ ７９４６ ０９５８, ٠٢٠ ٧٩٤٦ ٠٩٥٨, 07700&nbsp;900123, +1 (202) 555&ndash;0143.</p>
            <p>Our reference is CE-2020-001, dated 2020-01-15, for the period 01/01/2019-31/12/2019;
            the fines were € 1 234 567 890, 1.234.567.890,12 € and USD 9 876 543 210.</p>
            </body></html>
            """;

    @Test
    void anHtmlEmailHidingAddressesAndNumbersIsPublishedWithNoneOfThem() throws IOException {
        respond("CE-2020-001", file("reply.eml", """
                From: Amazon <eu-privacy@amazon.co.uk>
                To: info@privacyinternational.org
                Subject: Re: CE-2020-001
                Date: Wed, 15 Jan 2020 10:00:00 +0000
                Content-Type: text/html; charset=utf-8

                """ + HTML_BODY));
        Path site = publish("site");
        String page = texts(site).get("companies/ce-2020-001-amazon-uk.html");
        assertThat(page).contains("Thank you for your letter", "eu-privacy@amazon.co.uk", "CE-2020-001",
                "2020-01-15", "01/01/2019-31/12/2019", "€ 1 234 567 890", "1.234.567.890,12 €", "USD 9 876 543 210",
                "[e-mail address removed]",
                "[phone number removed]");
        assertNoneSurvives(texts(site));
    }

    @Test
    void anHtmlSvgOrXmlReplyIsPublishedAsRedactedText() throws IOException {
        respond("CE-2020-001", file("reply.html", HTML_BODY.replace("<body>",
                "<body><script>document.title='pwned'</script>")));
        Path site = publish("site");
        Map<String, String> texts = texts(site);
        assertThat(texts.get("companies/ce-2020-001-amazon-uk.html")).contains("Thank you for your letter",
                "The response is a HTML file, which a browser could run as a program: its text is published",
                "[e-mail address removed]").doesNotContain("pwned");
        assertNoneSurvives(texts);
    }

    @Test
    void noRedactNeverCopiesAFileABrowserWouldRun() throws IOException {
        respond("CE-2020-001", file("reply.html", "<html><body><p>We decline.</p><script>document.title='pwned'"
                + "</script><img src=x onerror=alert(1)></body></html>"));
        respond("CE-2020-002", file("reply.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Our answer"
                + "</text><script>alert('svg')</script></svg>"));
        respond("CE-2020-003", file("reply.xml", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"evil.xsl\"?>"
                + "<answer xmlns:h=\"http://www.w3.org/1999/xhtml\">No comment<h:script>alert('xml')</h:script>"
                + "</answer>"));
        respond("CE-2020-005", file("reply.js", "alert('js')"));
        Path site = publish("open", "--no-redact");
        Map<String, String> texts = texts(site);
        assertThat(texts.keySet()).filteredOn(n -> n.startsWith("responses/")).isNotEmpty().allMatch(n -> n
                .endsWith(".txt"));
        assertThat(texts.keySet()).noneMatch(n -> n.matches("responses/.*\\.(html?|svg|xml|js)"));
        texts.forEach((name, text) -> assertThat(text).as(name).doesNotContain("<script", "alert(", "onerror",
                "pwned"));
        assertThat(texts.get("companies/ce-2020-001-amazon-uk.html")).contains("We decline.",
                "The response is a HTML file, which a browser could run as a program: its text is published, not"
                        + " the file.");
        assertThat(texts.get("companies/ce-2020-002-northwind-home-ltd.html")).contains("Our answer",
                "The response is a SVG file, which a browser could run");
        assertThat(texts.get("companies/ce-2020-003-fieldfare-messaging-ltd.html")).contains("No comment",
                "The response is a XML file, which a browser could run");
        assertThat(texts.get("companies/ce-2020-005-maisonnette-connectee-sas.html")).contains(
                "The response is a JS file. It is not published here: briefgen publishes no file that a browser"
                        + " could run as a program");
    }
}
