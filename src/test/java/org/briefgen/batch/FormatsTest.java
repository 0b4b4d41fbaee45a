package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.briefgen.DocxText;
import org.briefgen.EmlParts;
import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.render.post.PostRenderer;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled campaign in every format: Word, e-mail and post beside each PDF, saying what it says. */
class FormatsTest {

    @TempDir
    static Path out;

    @TempDir
    Path dir;

    static List<WrittenLetter> letters;
    static Path folder;

    @BeforeAll
    static void generate() {
        letters = TestLetters.issue(run(TestCampaigns.DATA, TestCampaigns.TEMPLATES), out);
        folder = out.resolve("cloud-extraction-2020");
    }

    private static CampaignRun run(Path data, Path templates) {
        return run(data, templates, Set.of());
    }

    private static CampaignRun run(Path data, Path templates, Set<OutputFormat> formats) {
        return Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data), templates, formats);
    }

    @Test
    void everyFileSitsBesideThePdfWithItsBaseName() {
        assertThat(letters.get(0).files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "CE-2020-001-amazon-uk.pdf", "CE-2020-001-amazon-uk.docx", "CE-2020-001-amazon-uk.eml",
                "CE-2020-001-amazon-uk.post.txt");
        assertThat(letters.get(0).file()).isEqualTo(folder.resolve("CE-2020-001-amazon-uk.pdf"));
        assertThat(letters.get(0).skipped()).isEmpty();
        // Søndergaard has neither an e-mail address nor a handle: it gets a letter, and the run says why no more
        WrittenLetter sondergaard = letters.get(3);
        assertThat(sondergaard.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "CE-2020-004-sondergaard-connect-aps.pdf", "CE-2020-004-sondergaard-connect-aps.docx");
        assertThat(sondergaard.skipped()).containsExactly("no .eml (no e-mail address)", "no .post.txt (no handle)");
        assertThat(letters).allSatisfy(w -> assertThat(w.files()).allSatisfy(f -> assertThat(f).isRegularFile()));
    }

    @Test
    void theWordLetterReadsBackWithItsFootnotes() throws IOException {
        byte[] docx = Files.readAllBytes(folder.resolve("CE-2020-001-amazon-uk.docx"));
        String body = DocxText.body(DocxText.open(docx));
        assertThat(body).contains("7 January 2020").contains("Dear Sir/Madam,")
                .contains("your product Amazon Alexa can be accessed using Oxygen Forensics Cloud Extractor.")
                .contains("Please respond no later than 17 January 2020.").contains("Camilla Graham Wood");
        assertThat(DocxText.part(docx, "word/footnotes.xml")).contains("Cellebrite, a prominent vendor")
                .contains("All figures, unless otherwise stated, are from YouGov Plc.");
    }

    @Test
    void theEmailIsReadyToSendWithTheLetterPdfAttachedUnchanged() throws Exception {
        MimeMessage message = EmlParts.parse(folder.resolve("CE-2020-001-amazon-uk.eml"));
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Amazon UK <eu-privacy@amazon.co.uk>");
        assertThat(message.getSubject()).isEqualTo("Cloud analytics: Request for response regarding potential misuse"
                + " of your customer data");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("info@privacyinternational.org");
        assertThat(message.getMessageID()).startsWith("<CE-2020-001.").endsWith("@privacyinternational.org>");
        assertThat(EmlParts.attachment(message, "CE-2020-001-amazon-uk.pdf"))
                .isEqualTo(Files.readAllBytes(folder.resolve("CE-2020-001-amazon-uk.pdf")));
        assertThat(EmlParts.body(message, "text/plain")).contains("Please respond no later than 17 January 2020.");
        assertThat(EmlParts.body(message, "text/html")).contains("Please respond no later than <strong>17 January"
                + " 2020</strong>.");
        // the Fieldfare letter goes to Fieldfare, with its own PDF
        MimeMessage fieldfare = EmlParts.parse(folder.resolve("CE-2020-003-fieldfare-messaging-ltd.eml"));
        assertThat(fieldfare.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("Fieldfare Messaging Ltd <dpo@fieldfare.example.org>");
        assertThat(EmlParts.attachment(fieldfare, "CE-2020-003-fieldfare-messaging-ltd.pdf"))
                .isEqualTo(Files.readAllBytes(folder.resolve("CE-2020-003-fieldfare-messaging-ltd.pdf")));
    }

    @Test
    void thePostNamesTheHandleAndFits() throws IOException {
        for (WrittenLetter letter : letters.subList(0, 3)) {
            Path post = letter.files().get(3);
            String text = Files.readString(post, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\n");
            assertThat(PostRenderer.count(text.strip())).as(post.toString()).isLessThanOrEqualTo(280);
        }
        assertThat(Files.readString(folder.resolve("CE-2020-001-amazon-uk.post.txt"))).isEqualTo("We wrote to"
                + " @AmazonUK: police can reach Amazon Alexa data with Oxygen Forensics Cloud Extractor. What is"
                + " Amazon's position on cloud extraction? We asked for a response by 17 January 2020."
                + " https://privacyinternational.org/\n");
    }

    @Test
    void formatsComeFromTheRunOrTheCampaign() throws IOException {
        Path root = TestCampaigns.copyBundled(dir);
        TestLetters.issue(
                run(root.resolve("data"), root.resolve("templates"), Set.of(OutputFormats.installed().parse("docx"))),
                dir.resolve("a"));
        assertThat(names(dir.resolve("a/cloud-extraction-2020"))).allMatch(n -> n.endsWith(".docx")).hasSize(5);
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "formats: [pdf, docx, eml, post]", "formats: [post]");
        TestLetters.issue(run(root.resolve("data"), root.resolve("templates")), dir.resolve("b"));
        assertThat(names(dir.resolve("b/cloud-extraction-2020"))).allMatch(n -> n.endsWith(".post.txt")).hasSize(4);
    }

    @Test
    void aReferenceDocxInTheTemplatesIsTheWordLettersStartingPoint() throws IOException {
        Path root = TestCampaigns.copyBundled(dir);
        try (XWPFDocument reference = new XWPFDocument()) {
            reference.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("OUR OWN LETTERHEAD");
            try (var file = Files.newOutputStream(root.resolve("templates/reference.docx"))) {
                reference.write(file);
            }
        }
        List<WrittenLetter> written = TestLetters.issue(run(root.resolve("data"), root.resolve("templates"),
                Set.of(OutputFormats.installed().parse("docx"))), dir.resolve("out"));
        XWPFDocument word = DocxText.open(Files.readAllBytes(written.get(0).file()));
        assertThat(word.getHeaderList()).singleElement().satisfies(h -> assertThat(h.getText())
                .contains("OUR OWN LETTERHEAD"));
        assertThat(DocxText.body(word)).contains("Please respond no later than 17 January 2020.");
    }

    @Test
    void anUnknownFormatInTheCampaignIsNamedWithItsLine() {
        Path root = TestCampaigns.copyBundled(dir);
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "formats: [pdf, docx, eml, post]",
                "formats: [pdf, odt]");
        DataException e = catchThrowableOfType(DataException.class,
                () -> new CampaignLoader(LocalDate.of(2030, 1, 1), OutputFormats.installed().names())
                        .load(root.resolve("data")));
        assertThat(e.problems()).singleElement().asString().startsWith(root.resolve("data/campaign.yaml") + ":")
                .contains("unknown format 'odt'").contains("known: pdf, docx, eml, post");
    }

    @Test
    void eMailsAskedForNeedTheOrganisationsAddress() {
        Path root = TestCampaigns.copyBundled(dir);
        TestCampaigns.edit(root.resolve("data/organisation.yaml"), "email: info@privacyinternational.org", "");
        DataException e = catchThrowableOfType(DataException.class,
                () -> TestLetters.issue(run(root.resolve("data"), root.resolve("templates")), dir.resolve("out")));
        assertThat(e.problems()).singleElement().asString()
                .startsWith(root.resolve("data/organisation.yaml") + ": no 'email'")
                .contains("leave eml out of the formats");
        assertThat(dir.resolve("out")).doesNotExist();
        // asked for by no one, e-mails are left out and each letter says why
        TestCampaigns.edit(root.resolve("data/campaign.yaml"), "formats: [pdf, docx, eml, post]", "");
        List<WrittenLetter> written = TestLetters.issue(run(root.resolve("data"), root.resolve("templates")),
                dir.resolve("out"));
        assertThat(written.get(0).skipped()).containsExactly("no .eml (organisation.yaml has no email)");
        assertThat(written.get(0).files()).hasSize(3);
    }

    @Test
    void aPostTooLongStopsTheCampaignNamingTheRecipient() {
        Path root = TestCampaigns.copyBundled(dir);
        TestCampaigns.edit(root.resolve("templates/post.txt.ftl"), "We wrote to ${recipient.handle}:",
                "We wrote to ${recipient.handle}: " + "x".repeat(150));
        InvalidCampaignException e = catchThrowableOfType(InvalidCampaignException.class,
                () -> TestLetters.issue(run(root.resolve("data"), root.resolve("templates")), dir.resolve("out")));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0)).startsWith(root.resolve("templates/post.txt.ftl") + ": the post is ")
                .contains("characters as Twitter counts them (a link counts 23; at most 280 allowed)")
                .contains("for recipient 'amazon-uk'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** The letters' files in {@code folder} (the manifest of what was issued aside). */
    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("manifest.")).sorted()
                    .toList();
        }
    }
}
