package org.briefgen.scale;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.cli.Main;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign of 5,000 companies publishes, and its tracker is written as a PDF, under a 96 MB heap:
 * the site's pages and the reports are written as they are made, and the reports' tagged structure
 * let go with their pages ({@code render.pdf.stream.StreamedTable}), so memory does not grow with
 * the companies (by design: the same run holding every page's bytes, as publish once did, runs out
 * of memory at 2,000 under 256 MB; one iText table of every company, at 5,000 under 96 MB). The
 * archive is seeded directly (merged letters, one small PDF each, a response for every tenth
 * company) rather than issuing 5,000 typeset letters, to keep the test short.
 */
class LargePublicationTest {

    private static final int COMPANIES = 5_000;

    @TempDir
    Path dir;

    @Test
    void fiveThousandCompaniesPublishAndTrackUnderA96MegabyteHeap() throws Exception {
        Path data = dir.resolve("demo");
        Path out = dir.resolve("out");
        CampaignData campaign = SeededArchive.seed(data, out, COMPANIES);
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), Clock.systemUTC())) {
            assertThat(archive.letters()).hasSize(COMPANIES);
        }
        Path site = dir.resolve("site");

        ForkedJvm.Result run = ForkedJvm.run("96m", Main.class, dir, "publish", "--out", out.toString(), "--to", site
                .toString(), "--as-of", "2020-02-01", "--data", data.toString(), "--templates", "templates");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("5000 companies (500 responded, 4500 did not respond)");
        try (var pages = Files.list(site.resolve("companies"))) {
            assertThat(pages.count()).isEqualTo(COMPANIES);
        }
        try (var copies = Files.list(site.resolve("letters"))) {
            assertThat(copies.count()).isEqualTo(COMPANIES);
        }
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index.split("href=\"companies/", -1)).hasSize(COMPANIES + 1);
        try (PDDocument report = Loader.loadPDF(site.resolve("report.pdf").toFile())) {
            int pages = report.getNumberOfPages();
            assertThat(pages).isGreaterThan(COMPANIES / 10);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(pages);
            text.setEndPage(pages);
            String last = text.getText(report);
            // the last page's foot: its number of the number of pages, drawn once the last page was known
            assertThat(last).contains("Page " + String.format("%,d", pages) + " of " + String.format("%,d",
                    pages));
            assertThat(last).contains(letters(campaign).get(COMPANIES - 1));
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(report)).contains("Page 2 of " + String.format("%,d", pages));
        }
        trackerPdf(out);
    }

    private void trackerPdf(Path out) throws Exception {
        Path file = dir.resolve("tracker.pdf");
        ForkedJvm.Result run = ForkedJvm.run("96m", Main.class, dir, "tracker", "--out", out.toString(), "--as-of",
                "2020-02-01", "--format", "pdf", "--to", file.toString(), "--templates", "templates");

        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument tracker = Loader.loadPDF(file.toFile())) {
            int pages = tracker.getNumberOfPages();
            assertThat(pages).isGreaterThan(COMPANIES / 30);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(pages);
            text.setEndPage(pages);
            String last = text.getText(tracker);
            assertThat(last).contains("Page " + String.format("%,d", pages) + " of " + String.format("%,d",
                    pages));
            // every page after the first begins with the column headings, above its rows
            assertThat(last.indexOf("Reference")).isGreaterThanOrEqualTo(0).isLessThan(last.indexOf("DEMO-"));
        }
    }

    private static List<String> letters(CampaignData campaign) {
        return campaign.recipients().stream().map(Recipient::company).toList();
    }
}
