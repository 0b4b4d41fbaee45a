package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.document.Note;
import org.briefgen.render.HouseStyle;

import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Notes at the foot of the page that cites them, as the house style's {@code notes: foot} sets them. */
class FootNotesTest {

    private static final HouseStyle STYLE = TestLetters.style();

    @Test
    void theBundledStyleSetsNotesAtTheFoot() {
        assertThat(STYLE.typography().footNotes()).isTrue();
        assertThat(HouseStyle.defaults().typography().footNotes()).isTrue();
    }

    @Test
    void theAmazonLetterHasEachNoteOnThePageThatCitesIt() {
        PdfRenderer.Output pdf = new PdfRenderer(STYLE).render(TestLetters.amazon());
        assertThat(pdf.pages()).isEqualTo(2);
        List<PageLines> lines = PageLines.of(pdf.bytes());
        String one = PageLines.text(lines, 1);
        String two = PageLines.text(lines, 2);
        assertThat(one).contains("Law enforcement are increasingly using cloud analytics")
                .contains("Cellebrite, a prominent vendor of surveillance technology").doesNotContain("YouGov Plc");
        assertThat(two).contains("a YouGov poll").contains("All figures, unless otherwise stated, are from YouGov Plc.")
                .doesNotContain("Cellebrite");
        // each note below everything else on its page but the footer
        assertBelowTheBody(lines, 1, "Cellebrite");
        assertBelowTheBody(lines, 2, "All figures");
        // the closing follows the body directly: no note between
        assertThat(two).containsPattern("We look forward to hearing from you\\.\\s*Kind regards,");
        assertThat(two.indexOf("All figures")).isGreaterThan(two.indexOf("Privacy International"));
    }

    @Test
    void theAmazonLetterWithFootNotesIsStillArchivalAndAccessible() {
        byte[] pdf = new PdfRenderer(STYLE).render(TestLetters.amazon()).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /**
     * A one-page letter whose note fits below its body as first laid out: that first layout is the
     * PDF (the planner makes its first layout untagged, as a probe, and must make it again tagged).
     */
    @Test
    void aShortLetterWhoseNoteFitsAtOnceIsStillArchivalAndAccessible() {
        PdfRenderer.Output pdf = new PdfRenderer(STYLE).render(letter(2, 1, 12));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(new String(pdf.bytes(), 0, 15, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        assertBelowTheBody(PageLines.of(pdf.bytes()), 1, "noteopens");
        assertThat(VeraPdf.failures(pdf.bytes(), PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf.bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aDocumentWithoutALetterFrameKeepsItsNotesAtTheEnd() {
        Document briefing = new Document(TestLetters.amazon().info(), null, TestLetters.amazon().blocks(),
                TestLetters.amazon().notes());
        String text = PageLines.text(PageLines.of(new PdfRenderer(STYLE).render(briefing).bytes()), 2);
        assertThat(text.indexOf("Cellebrite")).isGreaterThan(text.indexOf("We look forward to hearing from you"));
    }

    @Test
    void endNotesAreStillThereForTheStylesThatWantThem() {
        HouseStyle end = STYLE.with(new HouseStyle.Typography(false, false, false));
        String text = PageLines.text(PageLines.of(new PdfRenderer(end).render(TestLetters.amazon()).bytes()), 2);
        assertThat(text.indexOf("Cellebrite")).isPositive().isLessThan(text.indexOf("Kind regards"));
    }

    /**
     * A marker on the last line a page can give it, and a note longer than the room below: the note
     * starts at that page's foot and continues at the next one's, and no line reaches the footer.
     */
    @Test
    void aLongNoteSplitsAcrossTwoFeetAndNothingTouchesTheFooter() {
        PdfRenderer renderer = new PdfRenderer(STYLE);
        Document document = longNote(8, 700);
        PdfRenderer.Output pdf = renderer.render(document);
        List<PageLines> lines = PageLines.of(pdf.bytes());
        assertThat(pdf.pages()).isGreaterThanOrEqualTo(2);
        int markerPage = lines.stream().filter(l -> l.text().contains("MARKED")).findFirst().orElseThrow().page();
        List<PageLines> first = PageLines.on(lines, markerPage);
        List<PageLines> next = PageLines.on(lines, markerPage + 1);
        // the note starts on the marker's page and ends on the next
        assertThat(first.stream().anyMatch(l -> l.text().contains("noteopens"))).isTrue();
        assertThat(next.stream().anyMatch(l -> l.text().contains("noteends"))).isTrue();
        assertThat(first.stream().anyMatch(l -> l.text().contains("noteends"))).isFalse();
        // the marker's line is the page's last line of body text: the text after it went on
        float markerLine = first.stream().filter(l -> l.text().contains("MARKED")).findFirst().orElseThrow()
                .baseline();
        assertThat(first.stream().filter(l -> l.text().contains("body")).mapToDouble(PageLines::baseline).max()
                .orElseThrow()).isEqualTo(markerLine);
        assertThat(next.get(0).text()).contains("body");
        for (int page : new int[] {markerPage, markerPage + 1}) {
            assertBelowTheBody(lines, page, "note");
            assertClearOfTheFooter(lines, page);
        }
    }

    @Test
    void aNoteNeverStartsBeforeItsMarkersPageWhereverThePageBreaks() {
        PdfRenderer renderer = new PdfRenderer(STYLE);
        for (int filler = 8; filler <= 22; filler++) {
            List<PageLines> lines = PageLines.of(renderer.render(longNote(filler, 700)).bytes());
            int markerPage = lines.stream().filter(l -> l.text().contains("MARKED")).findFirst().orElseThrow().page();
            int noteStarts = lines.stream().filter(l -> l.text().contains("noteopens")).findFirst().orElseThrow()
                    .page();
            assertThat(noteStarts).as("filler " + filler).isEqualTo(markerPage);
            for (int page = 1; page <= lines.get(lines.size() - 1).page(); page++) {
                assertClearOfTheFooter(lines, page);
            }
        }
    }

    /**
     * The notes of a foot stand at its bottom, on every page: a note that ended at one page's foot once
     * left a line free at the next page's foot (the planner took its last line's spacing off twice and
     * counted that line as going on), which raised that foot's notes a line above the footer.
     */
    @Test
    void aFootsNotesEndAtItsBottomThoughTheFootBeforeHeldAllOfItsNotes() {
        List<PageLines> lines = PageLines.of(new PdfRenderer(STYLE).render(TestLetters.amazon()).bytes());
        // the first page's foot ends at its bottom (its notes are all its own): the second's ends where it does
        assertThat(aboveTheFooter(lines, 2)).isCloseTo(aboveTheFooter(lines, 1), org.assertj.core.data.Offset
                .offset(1f));
    }

    /** From the baseline of the last line above {@code page}'s footer to the footer's top. */
    private static float aboveTheFooter(List<PageLines> lines, int page) {
        List<PageLines> on = PageLines.on(lines, page);
        float footer = footer(on);
        return footer - (float) on.stream().filter(l -> l.top() < footer).mapToDouble(PageLines::baseline).max()
                .orElseThrow();
    }

    /** A letter of {@code filler} paragraphs, a marked paragraph, more text, and a note of {@code noteWords} words. */
    static Document longNote(int filler, int noteWords) {
        return letter(filler, 10, noteWords);
    }

    /** A letter of {@code filler} paragraphs, a marked paragraph, {@code after} more, and a note of {@code noteWords} words. */
    private static Document letter(int filler, int after, int noteWords) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < filler; i++) {
            blocks.add(TestLetters.paragraph(words("body", 30 + i % 3 * 9)));
        }
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(words("body", 20) + " MARKED"),
                new Inline.NoteRef(1))));
        for (int i = 0; i < after; i++) {
            blocks.add(TestLetters.paragraph(words("body", 40)));
        }
        Note note = new Note(1, List.of(TestLetters.paragraph("noteopens " + words("note", noteWords) + " noteends")));
        return new Document(new DocumentInfo("Test", "Tester", "", "en-GB", "T-1", List.of(),
                LocalDate.of(2024, 3, 5)), TestLetters.amazon().frame(), blocks, List.of(note));
    }

    private static String words(String word, int count) {
        return String.join(" ", java.util.Collections.nCopies(count, word));
    }

    /** The lines holding {@code note} on {@code page} come after every other line but the footer's. */
    private static void assertBelowTheBody(List<PageLines> lines, int page, String note) {
        List<PageLines> on = PageLines.on(lines, page);
        float footer = footer(on);
        float noteTop = (float) on.stream().filter(l -> l.text().contains(note)).mapToDouble(PageLines::top).min()
                .orElseThrow();
        float bodyBottom = (float) on.stream().filter(l -> l.baseline() < noteTop && l.top() < footer)
                .mapToDouble(PageLines::baseline).max().orElse(0);
        assertThat(bodyBottom).as("page " + page).isLessThan(noteTop);
        assertThat(on.stream().filter(l -> l.top() > noteTop && l.baseline() < footer)
                .allMatch(l -> l.size() < STYLE.sizes().body() || l.text().contains(note) || l.text().isBlank()))
                .as("page " + page + ": only notes below the first note").isTrue();
    }

    /** No line of {@code page} comes within a line of its footer. */
    private static void assertClearOfTheFooter(List<PageLines> lines, int page) {
        List<PageLines> on = PageLines.on(lines, page);
        float footer = footer(on);
        float lowest = (float) on.stream().filter(l -> !l.text().startsWith("Ref.") && !l.text().contains(" of "))
                .mapToDouble(PageLines::baseline).max().orElse(0);
        assertThat(lowest).as("page " + page + ": the lowest line stands clear of the footer").isLessThan(footer - 10);
    }

    private static float footer(List<PageLines> on) {
        return on.stream().filter(l -> l.text().startsWith("Page ") || l.text().contains("Page "))
                .map(PageLines::top).findFirst().orElseThrow();
    }
}
