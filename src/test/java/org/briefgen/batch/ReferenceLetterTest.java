package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.campaign.load.CampaignLoader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled campaign, end to end: the Amazon UK letter must say what the reference letter says. */
class ReferenceLetterTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/CE-2020-001-amazon-uk.txt");

    @TempDir
    static Path out;

    static List<WrittenLetter> letters;
    static Path amazon;

    @BeforeAll
    static void generate() {
        CampaignRun run = Campaigns.installed().run(
                new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                TestCampaigns.TEMPLATES);
        letters = TestLetters.issue(run, out);
        amazon = out.resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
    }

    @Test
    void oneLetterPerRecipientNamedByReferenceAndCompany() {
        assertThat(letters).extracting(w -> w.file().getFileName().toString()).containsExactly(
                "CE-2020-001-amazon-uk.pdf", "CE-2020-002-northwind-home-ltd.pdf",
                "CE-2020-003-fieldfare-messaging-ltd.pdf", "CE-2020-004-sondergaard-connect-aps.pdf",
                "CE-2020-005-maisonnette-connectee-sas.pdf");
        assertThat(letters).allSatisfy(w -> assertThat(w.pages()).isBetween(2, 4));
    }

    /** The golden text; to accept a deliberate change, copy target/golden-actual/ over it after reading the diff. */
    @Test
    void theAmazonLetterReadsAsTheGoldenText() throws IOException {
        String actual = PdfText.extract(amazon);
        if (!Files.exists(GOLDEN) || !Files.readString(GOLDEN).equals(actual)) {
            Path copy = Path.of("target/golden-actual", GOLDEN.getFileName().toString());
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void theAmazonLetterHoldsTheReferenceInOrder() {
        String text = PdfText.flat(PdfText.extract(amazon));
        List<String> expected = List.of("PRIVACY INTERNATIONAL", "62 Britton Street", "London EC1M 5UY",
                "7 January 2020", "Amazon UK", "eu-privacy@amazon.co.uk", "@AmazonUK", "Dear Sir/Madam,",
                "RE: Cloud analytics: Request for response regarding potential misuse of your customer data",
                "Amazon Alexa can be accessed using Oxygen Forensics Cloud Extractor",
                "seek a response from you on your position on the use of cloud analytics technologies by law"
                        + " enforcement",
                "\"The valuable data extracted can contain a wealth of information",
                "\"When an Alexa user utters the wake word",
                "Please respond no later than 17 January 2020.",
                "If we do not hear from you, we will publish that you have not responded.",
                "Law enforcement are increasingly using cloud analytics",
                // the note at the foot of the first page, which cites it
                "Cellebrite, a prominent vendor of surveillance technology",
                "This can be used to obtain vast quantities",
                "Emotion and facial recognition can be applied to your customers' data",
                "Cloud analytics software is being used without any transparency",
                "There is a risk of abuse and misuse of customer data and miscarriage of justice",
                "How well, if at all, do you understand what the term 'cloud computing' means?",
                "45.6% of people have not thought about where data created by apps on their phone is stored",
                "44.3% of people do not know or think that apps on their phone use cloud storage",
                "Do any of the apps on your smartphone use cloud storage?",
                "We look forward to hearing from you.",
                "Kind regards,", "Camilla Graham Wood", "Privacy International",
                // the note at the foot of the second page, below the signature
                "All figures, unless otherwise stated, are from YouGov Plc.",
                "Total sample size was 2072 adults.",
                "7th \u2013 8th November 2019");
        int from = 0;
        List<String> outOfOrder = new ArrayList<>();
        for (String phrase : expected) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                outOfOrder.add(phrase);
            } else {
                from = at + phrase.length();
            }
        }
        assertThat(outOfOrder).as("phrases missing or out of order").isEmpty();
    }

    @Test
    void everyFontIsEmbeddedAndMetadataIsSet() throws IOException {
        try (PDDocument doc = Loader.loadPDF(amazon.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).startsWith("BGAA").contains("Liberation");
                }
            }
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Cloud analytics: letter to Amazon UK");
            assertThat(info.getAuthor()).isEqualTo("Privacy International");
            assertThat(info.getSubject()).startsWith("Cloud analytics: Request for response");
            assertThat(info.getKeywords()).contains("CE-2020-001");
            assertThat(info.getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2020);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void everyPageCarriesTheReferenceAndItsNumber() {
        String text = PdfText.extract(amazon);
        assertThat(text).contains("Ref. CE-2020-001").contains("Page 1 of 2").contains("Page 2 of 2");
    }

    @Test
    void lettersArePersonalised() {
        String fieldfare = PdfText.flat(PdfText.extract(out.resolve(
                "cloud-extraction-2020/CE-2020-003-fieldfare-messaging-ltd.pdf")));
        assertThat(fieldfare).contains("Dear Priya Raman,")
                .contains("your product Fieldfare Cloud Backup can be accessed using Quarry Cloud Extractor, and your"
                        + " product Fieldfare Chat can be accessed using Lanternfish Cloud Analyst.")
                .contains("via warrant to Fieldfare.").contains("Lanternfish Labs states that:")
                .contains("https://lanternfish.example.org/analyst").doesNotContain("Amazon");
        String sondergaard = PdfText.flat(PdfText.extract(out.resolve(
                "cloud-extraction-2020/CE-2020-004-sondergaard-connect-aps.pdf")));
        assertThat(sondergaard).contains("Søndergaard Connect ApS Strandvejen 12 2100 København Ø Denmark")
                .doesNotContain("via email");
    }
}
