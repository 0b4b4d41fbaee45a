package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.PdfText;
import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.markdown.MarkdownReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A report too long to hold whole (the publication's, the tracker's) is written page by page
 * ({@link PdfRenderer#write}): every row is there, in order, under "Page n of N" with the real N, and
 * the file is PDF/A-2a and PDF/UA-1 like every PDF briefgen makes.
 */
class StreamedReportTest {

    @TempDir
    Path dir;

    @Test
    void aLongReportWrittenPageByPageHasEveryRowAndPassesVeraPdf() throws Exception {
        Document head = new MarkdownReader().read("---\ntitle: Company responses\nlang: en-GB\n---\n\n"
                + "# Company responses\n\nWhat each company answered, as of 1 February 2020.\n", "report");
        StringBuilder table = new StringBuilder("| Reference | Company | Status |\n| --- | --- | --- |\n");
        for (int i = 1; i <= 400; i++) {
            table.append(String.format("| CE-2020-%03d | Company number %d Ltd | no response |%n", i, i));
        }
        List<Block> more = new ArrayList<>(new MarkdownReader().read("---\ntitle: t\nlang: en-GB\n---\n\n"
                + "## Every letter\n\n" + table, "rows").blocks());
        Path file = dir.resolve("report.pdf");

        int pages = new PdfRenderer(TestLetters.style()).write(head, more.iterator(), file);

        byte[] pdf = Files.readAllBytes(file);
        assertThat(pages).isGreaterThan(5);
        String text = PdfText.flat(PdfText.extract(pdf));
        assertThat(text).contains("Company responses", "CE-2020-001", "Company number 400 Ltd", "Page 1 of " + pages,
                "Page " + pages + " of " + pages);
        assertThat(text.indexOf("CE-2020-199")).isLessThan(text.indexOf("CE-2020-200"));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(dir.toFile().list()).containsExactly("report.pdf");
    }
}
