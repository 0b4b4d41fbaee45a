package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.DocxText;
import org.briefgen.EmlParts;
import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.campaign.load.CampaignLoader;

import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled campaign's French company gets a letter all in French: its words, dates, numbers,
 * quotation marks, its page furniture, its language in the PDF, the Word file and the e-mail.
 */
class FrenchLetterTest {

    /** English a French letter must not hold: briefgen's own words and the English template's. */
    private static final List<String> ENGLISH = List.of("January", "Page 1 of", "Ref.", "Dear", "via email",
            "and via", "Illustrative", "derived", "Unweighted", "All figures", "Fieldwork", "Please respond",
            "Kind regards", "Summary of the research", "How well", "Do any of the apps", "Don't know", "Yes",
            "states that", "45.6%", "44.3%", "RE:", "Phone");

    @TempDir
    static Path out;

    static Path folder;

    @BeforeAll
    static void generate() {
        CampaignRun run = Campaigns.installed().run(
                new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                TestCampaigns.TEMPLATES);
        TestLetters.issue(run, out);
        run.writeBriefings(out);
        folder = out.resolve("cloud-extraction-2020");
    }

    @Test
    void theFrenchCompanyIsTheFifthLetterAndTheOthersKeepTheirReferences() {
        assertThat(folder.resolve("CE-2020-001-amazon-uk.pdf")).exists();
        assertThat(folder.resolve("CE-2020-004-sondergaard-connect-aps.pdf")).exists();
        assertThat(folder.resolve("CE-2020-005-maisonnette-connectee-sas.pdf")).exists();
    }

    @Test
    void itsPdfIsInFrenchDatedInFrenchWithItsDeadlineInFrench() {
        String text = PdfText.flat(PdfText.extract(pdf()));
        assertThat(text).contains("Londres, le 7 janvier 2020", "au plus tard le 17 janvier 2020",
                "Madame,", "Objet\u00a0: analyse des données du cloud",
                "par courriel\u00a0: dpo@maisonnette.example.org",
                "et via Twitter @MaisonnetteFR", "Réf. CE-2020-005", "Page 1 sur 2", "Page 2 sur 2",
                "Quarry Forensics affirme en effet", "«\u202fQuarry Cloud Extractor récupère",
                "45,6\u202f% des personnes interrogées", "44,3\u202f% ne savent pas",
                "Chiffres illustratifs, qui ne sont pas des résultats d’enquête",
                "Oui (55,7\u202f%)\u00a0: chiffre déduit, 100\u202f% moins les 44,3\u202f% publiés",
                "L’échantillon total comptait 2\u202f072 adultes", "L’enquête a été réalisée du 7 au 8 novembre 2019",
                "Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.");
        assertThat(ENGLISH).allSatisfy(english -> assertThat(text).doesNotContain(english));
    }

    @Test
    void itsPdfSaysItIsInFrench() throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf()))) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(
                    "Analyse des données du cloud\u00a0: lettre à Maisonnette Connectée SAS");
        }
    }

    /** The spaces French typography needs (before %, inside « », before : and ?) are in the house fonts. */
    @Test
    void theHouseFontsDrawFrenchSpaces() {
        var renderer = new org.briefgen.render.pdf.PdfRenderer(TestLetters.style());
        assertThat(renderer.undrawable(TestLetters.of(TestLetters.paragraph(
                "45,6\u202f% «\u202fcloud\u202f» Objet\u00a0: quoi\u202f?")))).isEmpty();
    }

    /** Looked at as a picture: each page renders, and the footer of French page furniture has ink. */
    @Test
    void itsPagesRenderAsPictures() throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf()))) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                var image = renderer.renderImageWithDPI(page, 40);
                int dark = 0;
                for (int y = image.getHeight() * 9 / 10; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        dark += (image.getRGB(x, y) & 0xff) < 230 ? 1 : 0;
                    }
                }
                assertThat(dark).as("ink in the footer of page %d", page + 1).isPositive();
            }
        }
    }

    @Test
    void itsWordFileAndEmailAndPostAreInFrenchToo() throws Exception {
        byte[] docx = Files.readAllBytes(folder.resolve("CE-2020-005-maisonnette-connectee-sas.docx"));
        String body = DocxText.body(DocxText.open(docx));
        assertThat(body).contains("7 janvier 2020", "17 janvier 2020", "45,6\u202f%");
        assertThat(DocxText.part(docx, "docProps/core.xml")).contains("<dc:language>fr-FR</dc:language>");
        assertThat(DocxText.part(docx, "word/footer1.xml")).contains("Réf. CE-2020-005", "Page ", " sur ");

        MimeMessage email = EmlParts.parse(folder.resolve("CE-2020-005-maisonnette-connectee-sas.eml"));
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("fr-FR");
        assertThat(email.getSubject()).startsWith("Analyse des données du cloud");
        String plain = EmlParts.body(email, "text/plain");
        assertThat(plain).contains("7 janvier 2020", "Réf. CE-2020-005").doesNotContain("Ref.", "January");
        String briefing = PdfText.flat(PdfText.extract(EmlParts.attachment(email, "briefing.pdf")));
        assertThat(briefing).contains("Dossier de recherche", "Synthèse de nos recherches", "Méthodologie",
                "Maisonnette Veille").doesNotContain("Research briefing", "Amazon Alexa");

        String post = Files.readString(folder.resolve("CE-2020-005-maisonnette-connectee-sas.post.txt"));
        assertThat(post).startsWith("Nous avons écrit à @MaisonnetteFR").contains("d’ici le 17 janvier 2020");
    }

    @Test
    void theEnglishLettersAndBriefingStayEnglish() throws Exception {
        String amazon = PdfText.flat(PdfText.extract(folder.resolve("CE-2020-001-amazon-uk.pdf")));
        assertThat(amazon).contains("7 January 2020", "Page 1 of 2", "Ref. CE-2020-001").doesNotContain("janvier");
        String briefing = PdfText.flat(PdfText.extract(folder.resolve("briefing.pdf")));
        assertThat(briefing).contains("Research briefing", "7 January 2020").doesNotContain("Maisonnette", "janvier");
        String french = PdfText.flat(PdfText.extract(folder.resolve("briefing.fr-FR.pdf")));
        assertThat(french).contains("Dossier de recherche", "7 janvier 2020", "Maisonnette Veille").doesNotContain(
                "January", "Amazon Alexa");
    }

    private static Path pdf() {
        return folder.resolve("CE-2020-005-maisonnette-connectee-sas.pdf");
    }
}
