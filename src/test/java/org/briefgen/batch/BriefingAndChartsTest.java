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
import org.briefgen.VeraPdf;
import org.briefgen.campaign.load.CampaignLoader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Survey charts drawn as vector graphics with real text, and the campaign's research briefing. */
class BriefingAndChartsTest {

    @TempDir
    static Path out;

    static Path letter;
    static Path briefing;

    @BeforeAll
    static void generate() {
        CampaignRun run = Campaigns.installed().run(
                new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                TestCampaigns.TEMPLATES);
        TestLetters.issue(run, out);
        briefing = run.writeBriefings(out).get(0).file();
        letter = out.resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
    }

    @Test
    void everyEmailCarriesTheBriefingUnchanged() throws IOException {
        var eml = org.briefgen.EmlParts.parse(out.resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.eml"));
        assertThat(org.briefgen.EmlParts.attachment(eml, "briefing.pdf")).isEqualTo(Files.readAllBytes(briefing));
        assertThat(org.briefgen.EmlParts.attachment(eml, "CE-2020-001-amazon-uk.pdf"))
                .isEqualTo(Files.readAllBytes(letter));
    }

    @Test
    void theBriefingSitsBesideTheLetters() {
        assertThat(briefing).isEqualTo(out.resolve("cloud-extraction-2020/briefing.pdf"));
    }

    @Test
    void theBriefingHoldsFindingsQuestionsAndMethodology() throws IOException {
        String text = PdfText.flat(PdfText.extract(briefing));
        assertThat(text).contains("Cloud analytics", "Research briefing", "Privacy International", "7 January 2020",
                "Summary of the research", "Law enforcement are increasingly using cloud analytics",
                "Amazon Alexa: Oxygen Forensics Cloud Extractor", "Concerns: Amazon UK.",
                "\"The valuable data extracted can contain a wealth of information",
                "\"When an Alexa user utters the wake word",
                "How well, if at all, do you understand what the term 'cloud computing' means?",
                "Have you thought about where data created by apps on your phone is stored?",
                "Do any of the apps on your smartphone use cloud storage?",
                "YouGov Plc", "Total sample size was 2072 adults", "7th \u2013 8th November 2019",
                "Notes and sources", "Quarry Forensics: https://quarry-forensics.example.org/cloud-extractor");
        try (PDDocument doc = Loader.loadPDF(briefing.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void chartValuesAndLabelsAreText() {
        String text = PdfText.flat(PdfText.extract(letter));
        assertThat(text).contains("Yes 55.7%", "No or don't know 44.3%", "Very well 11.0%", "Don't know 13.0%");
    }

    @Test
    void flaggedFiguresSaySoUnderTheirChart() {
        String text = PdfText.flat(PdfText.extract(letter));
        assertThat(text).contains("Illustrative figures, not survey results")
                .contains("Yes (55.7%): derived, 100% less the reported 44.3%");
    }

    @Test
    void chartsAreVectorPathsAndNoPdfHoldsARasterImage() throws IOException {
        for (Path pdf : List.of(letter, briefing)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                int filledRectangles = 0;
                for (PDPage page : doc.getPages()) {
                    assertThat(images(page.getResources())).as(pdf + " has a raster image").isEmpty();
                    filledRectangles += filledRectangles(page);
                }
                // two bars (track and value) per option: the letter charts 5 + 2 options
                assertThat(filledRectangles).as(pdf.toString()).isGreaterThanOrEqualTo(14);
            }
        }
    }

    @Test
    void theBriefingIsPdfA2aAndPdfUa1() throws IOException {
        byte[] bytes = Files.readAllBytes(briefing);
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static List<String> images(PDResources resources) throws IOException {
        List<String> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            var xobject = resources.getXObject(name);
            if (xobject instanceof PDImageXObject) {
                images.add(name.getName());
            } else if (xobject instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    /** Rectangles filled on the page ("re" then "f"): the bars. */
    private static int filledRectangles(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        int count = 0;
        boolean rectangle = false;
        for (Object token : tokens) {
            if (token instanceof Operator op) {
                if (op.getName().equals("re")) {
                    rectangle = true;
                } else if (op.getName().equals("f") && rectangle) {
                    count++;
                    rectangle = false;
                } else if (!op.getName().equals("re")) {
                    rectangle = false;
                }
            }
        }
        return count;
    }
}
