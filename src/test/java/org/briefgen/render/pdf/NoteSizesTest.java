package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.Inline;
import org.briefgen.document.Note;
import org.briefgen.render.HouseStyle;

import org.junit.jupiter.api.Test;

/**
 * A run measures each note its letters cite once, by the note and its letter's language: a letter
 * laid out with notes measured for an earlier letter is the same PDF as one laid out alone, and a
 * note that differs (in its words, or the language around it) is measured for itself.
 */
class NoteSizesTest {

    private static final HouseStyle STYLE = TestLetters.style();

    private static Document letter(String language, String reference, int noteWords) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocks.add(TestLetters.paragraph(words("body", 30 + i % 3 * 9)));
        }
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(words("body", 20) + " MARKED"), new Inline.NoteRef(1))));
        blocks.add(TestLetters.paragraph(words("body", 60)));
        Note note = new Note(1, List.of(TestLetters.paragraph("noteopens " + words("note", noteWords) + " noteends")));
        return new Document(new DocumentInfo("Test", "Tester", "", language, reference, List.of(), LocalDate.of(2024, 3,
                5)), TestLetters.amazon().frame(), blocks, List.of(note));
    }

    private static String words(String word, int count) {
        return String.join(" ", Collections.nCopies(count, word));
    }

    @Test
    void aNoteIsMeasuredOnceForEveryLetterCitingItAndTheLettersAreAsIfLaidOutAlone() {
        PdfRenderer run = new PdfRenderer(STYLE);
        List<Document> letters = List.of(letter("en-GB", "T-1", 90), letter("en-GB", "T-2", 90), letter("en-GB", "T-3",
                90));
        List<byte[]> made = letters.stream().map(d -> run.render(d).bytes()).toList();
        assertThat(run.parts().notes().size()).isEqualTo(1);
        for (int i = 0; i < letters.size(); i++) {
            assertThat(made.get(i)).as(letters.get(i).info().reference())
                    .isEqualTo(new PdfRenderer(STYLE).render(letters
                            .get(i)).bytes());
        }
        // the Amazon letter's own notes: measured for it, and its PDF as if alone
        assertThat(run.render(TestLetters.amazon()).bytes()).isEqualTo(new PdfRenderer(STYLE).render(TestLetters
                .amazon()).bytes());
        assertThat(run.parts().notes().size()).isEqualTo(1 + TestLetters.amazon().notes().size());
    }

    @Test
    void aNoteOfOtherWordsOrInAnotherLanguageIsMeasuredForItself() {
        PdfRenderer run = new PdfRenderer(STYLE);
        run.render(letter("en-GB", "T-1", 12));
        // note 1 again, longer: its own lines, so its foot (and the letter) as when laid out alone
        Document longer = letter("en-GB", "T-2", 400);
        Document german = letter("de", "T-3", 12);
        assertThat(run.render(longer).bytes()).isEqualTo(new PdfRenderer(STYLE).render(longer).bytes());
        assertThat(run.render(german).bytes()).isEqualTo(new PdfRenderer(STYLE).render(german).bytes());
        assertThat(run.parts().notes().size()).isEqualTo(3);
    }
}
