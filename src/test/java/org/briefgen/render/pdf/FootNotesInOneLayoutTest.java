package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.VeraPdf;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.document.Note;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.pdf.file.PdfMetadata;

import com.itextpdf.kernel.pdf.PdfString;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A letter's notes at the foot of their pages in one layout ({@link FootFit}): the pages hold the same
 * lines of the letter, in the same places, as the planner's layouts give them, wherever the markers
 * fall (in a paragraph, a list, a quotation, a heading's run), however long the notes, and each note
 * starts at the foot of its marker's page; a letter the one layout cannot make (a note cited in a
 * table) is made by the planner, as before. (A foot may sit lower than the planner's: where the
 * planner gave up moving a marker's line back and forth, it kept the larger foot.)
 */
class FootNotesInOneLayoutTest {

    private static final HouseStyle STYLE = TestLetters.style();
    private static final PdfRenderer RENDERER = new PdfRenderer(STYLE);

    /** Where a letter's second marker stands. */
    enum Where {
        PARAGRAPH,
        LIST,
        QUOTATION,
        UNDER_A_HEADING,
        /** In a lead-in ("…states that:") kept with the list it introduces. */
        LEAD_IN,
        /** In the letter's last paragraph, kept with the closing. */
        LAST
    }

    /**
     * A block citing a note and kept with the next: iText tries the next block before the page's foot
     * grows for that note, so the one layout may leave the two apart, and then the planner makes the
     * letter. Either way every line of the letter stands on the page the planner's layouts set it on
     * (a block iText moved to the next page with the block it is kept with may stand a point or two
     * lower than there).
     */
    @Test
    void aBlockCitingANoteStaysWithTheBlockItIsKeptWith() {
        int once = 0;
        int letters = 0;
        for (Where where : new Where[] {Where.LEAD_IN, Where.LAST}) {
            for (int filler = 4; filler <= 22; filler++) {
                Document letter = letter(filler, where, 90);
                PdfString id = PdfMetadata.documentId(letter);
                once += PdfPass.fitted(letter, id, RENDERER.parts()) == null ? 0 : 1;
                List<PageLines> made = PageLines.of(RENDERER.render(letter).bytes());
                List<PageLines> planned = PageLines.of(FootNotePlanner.planned(letter, id, RENDERER.parts()).bytes());
                assertThat(pages(made)).as(where + ", filler " + filler).isEqualTo(pages(planned));
                letters++;
            }
        }
        assertThat(once).as("letters laid out once").isGreaterThan(letters / 2);
    }

    @Test
    void theOneLayoutSetsEveryLineWhereThePlannersLayoutsSetIt() {
        int letters = 0;
        for (Where where : new Where[] {Where.PARAGRAPH, Where.LIST, Where.QUOTATION, Where.UNDER_A_HEADING}) {
            for (int filler = 4; filler <= 22; filler += 3) {
                for (int noteWords : new int[] {12, 90, 400}) {
                    Document letter = letter(filler, where, noteWords);
                    PdfString id = PdfMetadata.documentId(letter);
                    PdfPass once = PdfPass.fitted(letter, id, RENDERER.parts());
                    String what = where + ", filler " + filler + ", notes of " + noteWords + " words";
                    assertThat(once).as(what + ": laid out once").isNotNull();
                    List<PageLines> fitted = PageLines.of(once.finish().bytes());
                    List<PageLines> planned = PageLines.of(FootNotePlanner.planned(letter, id, RENDERER.parts())
                            .bytes());
                    assertThat(body(fitted)).as(what).isEqualTo(body(planned));
                    for (int note = 1; note <= 3; note++) {
                        assertThat(page(fitted, "note" + note)).as(what + ", note " + note).isEqualTo(page(fitted,
                                MARKERS[note - 1]));
                    }
                    letters++;
                }
            }
        }
        assertThat(letters).isEqualTo(84);
    }

    @Test
    void theBundledLettersAreLaidOutOnceAsThePlannerLaidThemOut() {
        for (Document letter : List.of(TestLetters.amazon())) {
            PdfString id = PdfMetadata.documentId(letter);
            PdfPass once = PdfPass.fitted(letter, id, RENDERER.parts());
            assertThat(once).isNotNull();
            assertThat(body(PageLines.of(once.finish().bytes()))).isEqualTo(body(PageLines.of(FootNotePlanner
                    .planned(letter, id, RENDERER.parts()).bytes())));
        }
    }

    @Test
    void aLetterLaidOutOnceWithAMarkerInAListIsArchivalAndAccessible() {
        byte[] pdf = RENDERER.render(letter(13, Where.LIST, 90)).bytes();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aNoteCitedInATableIsLeftToThePlanner() {
        List<Block> blocks = new ArrayList<>(fillers(6));
        blocks.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT), List.of(List.of(new Inline.Text(
                "Finding")), List.of(new Inline.Text("Source"))), List.of(List.of(List.of(new Inline.Text("cited")),
                        List.of(new Inline.Text("here"), new Inline.NoteRef(1))))));
        blocks.addAll(fillers(8));
        Document letter = document(blocks, List.of(note(1, 40)));
        PdfString id = PdfMetadata.documentId(letter);
        assertThat(PdfPass.fitted(letter, id, RENDERER.parts())).isNull();
        assertThat(RENDERER.render(letter).bytes()).isEqualTo(FootNotePlanner.planned(letter, id, RENDERER.parts())
                .bytes());
    }

    private static final String[] MARKERS = {"FIRST", "SECOND", "THIRD"};

    /** Each line of the letter but its notes and their markers' numbers: its page, its baseline to a tenth of a point, its text. */
    private static List<String> body(List<PageLines> lines) {
        return lines.stream().filter(l -> !l.text().contains("note") && !l.text().strip().matches("[0-9]")).map(
                l -> l.page() + " " + Math.round(l.baseline() * 10) / 10f + " " + l.text()).toList();
    }

    /** Each line of the letter but its notes and their markers' numbers: its page and its text. */
    private static List<String> pages(List<PageLines> lines) {
        return body(lines).stream().map(l -> l.substring(0, l.indexOf(' ')) + l.substring(l.indexOf(' ', l.indexOf(
                ' ') + 1))).toList();
    }

    /** The page of the first line holding {@code text}. */
    private static int page(List<PageLines> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst().orElseThrow().page();
    }

    /** A letter of {@code filler} paragraphs, a marked paragraph, a second marker {@code where}, and more. */
    private static Document letter(int filler, Where where, int noteWords) {
        List<Block> blocks = new ArrayList<>(fillers(filler));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(words("body", 24) + " FIRST"), new Inline.NoteRef(1))));
        Block.Paragraph second = new Block.Paragraph(List.of(new Inline.Text(words("cited", 18) + " SECOND"),
                new Inline.NoteRef(2), new Inline.Text(" " + words("after", 12))));
        switch (where) {
            case PARAGRAPH -> blocks.add(second);
            case LIST -> blocks.add(new Block.BulletList(List.of(new Block.ListItem(List.of(TestLetters.paragraph(
                    words("item", 20)))), new Block.ListItem(List.of(second)), new Block.ListItem(List.of(
                            TestLetters.paragraph(words("item", 25)))))));
            case QUOTATION -> blocks.add(new Block.BlockQuote(List.of(second)));
            case UNDER_A_HEADING -> {
                blocks.add(new Block.Heading(2, List.of(new Inline.Text("A heading"))));
                blocks.add(second);
            }
            case LEAD_IN -> {
                blocks.add(new Block.Paragraph(List.of(new Inline.Text(words("cited", 18) + " SECOND"),
                        new Inline.NoteRef(2), new Inline.Text(" states that:"))));
                blocks.add(new Block.BulletList(List.of(new Block.ListItem(List.of(TestLetters.paragraph(words("item",
                        30)))), new Block.ListItem(List.of(TestLetters.paragraph(words("item", 30)))))));
            }
            case LAST -> blocks.add(second);
        }
        if (where == Where.LAST) {
            blocks.addAll(fillers(6));
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(words("body", 30) + " THIRD"), new Inline.NoteRef(
                    3))));
            return document(blocks, List.of(note(1, noteWords), note(2, noteWords / 2 + 5), note(3, 20)));
        }
        blocks.addAll(fillers(6));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(words("body", 10) + " THIRD"), new Inline.NoteRef(3))));
        blocks.addAll(fillers(3));
        return document(blocks, List.of(note(1, noteWords), note(2, noteWords / 2 + 5), note(3, 20)));
    }

    private static List<Block> fillers(int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(TestLetters.paragraph(words("body", 30 + i % 3 * 9)));
        }
        return blocks;
    }

    private static Note note(int number, int words) {
        return new Note(number, List.of(TestLetters.paragraph("note" + number + " " + words("note", words))));
    }

    private static Document document(List<Block> blocks, List<Note> notes) {
        return new Document(new DocumentInfo("Test", "Tester", "", "en-GB", "T-1", List.of(), LocalDate.of(2024, 3,
                5)), TestLetters.amazon().frame(), blocks, notes);
    }

    private static String words(String word, int count) {
        return String.join(" ", Collections.nCopies(count, word));
    }
}
