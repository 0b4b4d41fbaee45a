package org.briefgen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.DocxText;
import org.briefgen.EmlParts;
import org.briefgen.PdfText;
import org.briefgen.TestCampaigns;
import org.briefgen.TestLetters;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.document.Block;
import org.briefgen.document.Document;
import org.briefgen.document.Inline;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Note;

import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format says what the PDF says, in the same order: the sentences of the letter's document
 * (its frame, body and notes) are found in the PDF, the Word file (its footnotes for the notes),
 * the HTML and the plain text of the e-mail, one after the other.
 */
class SameWordsTest {

    @TempDir
    static Path out;

    static CampaignRun run;
    static List<WrittenLetter> letters;

    @BeforeAll
    static void generate() {
        run = Campaigns.installed().run(new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA),
                TestCampaigns.TEMPLATES);
        letters = TestLetters.issue(run, out);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void everyFormatHasTheSameSentencesInTheSameOrder(int index) throws IOException {
        Document document = run.prepare(run.data().recipients().get(index), index + 1).document();
        List<String> text = phrases(document, false);
        List<String> notes = phrases(document, true);
        WrittenLetter letter = letters.get(index);

        // in the order of the PDF's structure: each note whole, after the body, wherever its lines stand
        String pdf = normal(PdfText.readingOrder(Files.readAllBytes(letter.files().get(0))));
        assertInOrder("PDF", pdf, text);
        assertInOrder("PDF notes", pdf, notes);

        XWPFDocument word = DocxText.open(Files.readAllBytes(letter.files().get(1)));
        assertInOrder("Word", normal(DocxText.body(word)), text);
        assertInOrder("Word footnotes", normal(String.join("\n", DocxText.footnotes(word))), notes);

        MimeMessage eml = EmlParts.parse(letter.files().get(2));
        String html = normal(EmlParts.htmlText(EmlParts.body(eml, "text/html")));
        assertInOrder("HTML", html, text);
        assertInOrder("HTML notes", html, notes);
        String plain = normal(EmlParts.body(eml, "text/plain").replaceAll(" <(https?|mailto):[^>]+>", ""));
        assertInOrder("text", plain, text);
        assertInOrder("text notes", plain, notes);
    }

    /**
     * The sentences a reader reads: each paragraph, heading, list item, quotation and chart note
     * of the body (or of the notes), cut at note markers (formats mark notes differently) and at
     * sentence ends.
     */
    private static List<String> phrases(Document document, boolean ofNotes) {
        List<String> out = new ArrayList<>();
        if (ofNotes) {
            for (Note note : document.notes()) {
                blocks(note.blocks(), out);
            }
            return out;
        }
        LetterFrame frame = document.frame();
        add(frame.date(), out);
        frame.recipient().forEach(l -> line(l, out));
        line(frame.salutation(), out);
        line(frame.subject(), out);
        blocks(document.blocks(), out);
        line(frame.closing(), out);
        frame.signature().forEach(l -> line(l, out));
        return out;
    }

    private static void blocks(List<Block> blocks, List<String> out) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                inlines(p.inlines(), out);
            } else if (block instanceof Block.Heading h) {
                inlines(h.inlines(), out);
            } else if (block instanceof Block.BulletList l) {
                l.items().forEach(i -> blocks(i.blocks(), out));
            } else if (block instanceof Block.OrderedList l) {
                l.items().forEach(i -> blocks(i.blocks(), out));
            } else if (block instanceof Block.BlockQuote q) {
                blocks(q.blocks(), out);
            } else if (block instanceof Block.Chart c) {
                c.notes().forEach(n -> add(n, out));
            }
        }
    }

    private static void line(Line line, List<String> out) {
        inlines(line.inlines(), out);
    }

    private static void inlines(List<Inline> inlines, List<String> out) {
        List<Inline> run = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.NoteRef) {
                add(Inline.plainText(run), out);
                run.clear();
            } else {
                run.add(inline);
            }
        }
        add(Inline.plainText(run), out);
    }

    private static void add(String text, List<String> out) {
        for (String sentence : normal(text).split("(?<=[.?!:]) ")) {
            if (!sentence.isBlank()) {
                out.add(sentence.strip());
            }
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertInOrder(String format, String text, List<String> phrases) {
        int from = 0;
        List<String> missing = new ArrayList<>();
        for (String phrase : phrases) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                missing.add(phrase);
            } else {
                from = at + phrase.length();
            }
        }
        assertThat(missing).as(format + ": sentences missing or out of order (of " + phrases.size() + ")").isEmpty();
        assertThat(phrases).isNotEmpty();
    }
}
