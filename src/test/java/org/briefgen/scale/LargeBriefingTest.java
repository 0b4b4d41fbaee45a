package org.briefgen.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.briefgen.batch.Campaigns;
import org.briefgen.batch.IssueReport.WrittenBriefing;
import org.briefgen.campaign.demo.DemoCampaign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research briefing of a campaign of 20,000 companies names each of them under its finding
 * (about 2,000 a finding): it is written as it is laid out, its pages let go as they are made
 * ({@code render.pdf.StreamedPdf}), so that it takes the memory of a few pages (its 111 pages here).
 * Laid out whole, as briefings were until then, it ran out of memory under this test's 48 MB heap
 * (it needed 50-56 MB; the streamed one needs 41-48 MB, most of it the fonts, the run's shared
 * compressed streams and the campaign, which do not grow with the briefing's pages).
 */
class LargeBriefingTest {

    private static final int COMPANIES = 20_000;

    @TempDir
    Path dir;

    @Test
    void theBriefingOfTwentyThousandCompaniesIsWrittenUnderA48MegabyteHeap() throws Exception {
        Path data = dir.resolve("demo");
        DemoCampaign.write(data, COMPANIES);
        Path out = dir.resolve("out");

        ForkedJvm.Result run = ForkedJvm.run("48m", BriefingOnly.class, dir, data.toString(), "templates", out
                .toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = out.resolve("demo-" + COMPANIES + "/briefing.pdf");
        assertThat(run.out()).contains(file + " (");
        try (PDDocument briefing = Loader.loadPDF(file.toFile())) {
            int pages = briefing.getNumberOfPages();
            assertThat(pages).isGreaterThan(COMPANIES / 1_000);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            // each foot's number of pages is filled in at the end, against the right margin as ever
            assertThat(text.getText(briefing)).contains("Page 2 of " + pages);
            text.setStartPage(pages);
            text.setEndPage(pages);
            assertThat(text.getText(briefing)).contains("Page " + pages + " of " + pages);
            text.setStartPage(1);
            text.setEndPage(pages);
            String all = text.getText(briefing).replaceAll("\\s+", " ");
            // the whole briefing is there: the findings' lists of companies (nine at least), the survey, the notes
            assertThat(all).contains("Concerns: ").contains("Survey figures", "Notes and sources");
            assertThat(all.split("Concerns: ", -1)).hasSizeGreaterThan(9);
        }
    }

    /** Loads a campaign and writes its briefing only: {@code data templates out}. */
    public static final class BriefingOnly {

        private BriefingOnly() {
        }

        public static void main(String[] args) {
            List<WrittenBriefing> written = Campaigns.installed().open(Path.of(args[0]), Path.of(args[1]))
                    .writeBriefings(Path.of(args[2]));
            written.forEach(b -> System.out.println(b.file() + " (" + b.pages() + " pages)"));
        }
    }
}
