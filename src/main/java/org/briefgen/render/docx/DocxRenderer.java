package org.briefgen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.briefgen.document.DataLine;
import org.briefgen.document.Document;
import org.briefgen.document.DocumentInfo;
import org.briefgen.document.LetterFrame;
import org.briefgen.document.Line;
import org.briefgen.document.Section;
import org.briefgen.render.HouseStyle;
import org.briefgen.render.StyleException;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;

/**
 * Writes a {@link Document} as a Word file (.docx) in the house style, editable the way Word users
 * edit: every part has a named style (Title, Heading 1–6, Quote, List Bullet, Footnote Text, Date,
 * Salutation, Closing, Signature…), notes are real footnotes, lists are Word numbering, charts are
 * native Word charts, and the letterhead is the first page's header. With a reference document
 * (an organisation's own Word letterhead, as pandoc's reference-doc) its styles, headers and
 * footers are kept and only what it lacks is added.
 *
 * <p>Deterministic: the same document gives the same bytes (file dates come from the document's
 * {@code created} date, never the clock). Build one per run and share it.
 */
public final class DocxRenderer {

    private static final LocalDateTime NO_DATE = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final HouseStyle style;
    private final byte[] reference;
    private final byte[] logo;

    /** A writer in the house style alone. */
    public DocxRenderer(HouseStyle style) {
        this(style, null);
    }

    /**
     * A writer that starts every document from {@code referenceDocx} (its styles, headers, footers
     * and page set-up), or from nothing when it is null. A file that is not a Word document is a
     * {@link StyleException}.
     */
    public DocxRenderer(HouseStyle style, Path referenceDocx) {
        this.style = style;
        try {
            this.logo = style.logo() == null ? null : Files.readAllBytes(style.logo());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logo " + style.logo(), e);
        }
        if (referenceDocx == null) {
            this.reference = null;
        } else {
            try {
                this.reference = Files.readAllBytes(referenceDocx);
                try (XWPFDocument check = new XWPFDocument(new ByteArrayInputStream(reference))) {
                    check.getBodyElements();
                }
            } catch (IOException | RuntimeException e) {
                throw new StyleException(referenceDocx + ": not a Word document (.docx) that can be read: "
                        + e.getMessage());
            }
        }
    }

    /** The .docx of {@code document}. */
    public byte[] render(Document document) {
        DocumentInfo info = document.info();
        Optional<Date> created = Optional.ofNullable(info.created()).map(DocxRenderer::nineUtc);
        try (XWPFDocument word = open()) {
            boolean fromReference = reference != null;
            XWPFNumbering numberingPart = word.getNumbering() != null ? word.getNumbering() : word.createNumbering();
            WordStyles styles = new WordStyles(style);
            WordNumbering numbering = new WordNumbering(numberingPart, style.sizes().body(), styles.bodyFont());
            if (fromReference && word.getStyles() != null) {
                styles.complete(word.getStyles(), info.language(), numbering.bullets(), numbering.numbers());
            } else {
                XWPFStyles part = word.getStyles() != null ? word.getStyles() : word.createStyles();
                styles.define(part, info.language(), numbering.bullets(), numbering.numbers());
            }
            PageGeometry page = PageGeometry.of(style);
            if (!fromReference) {
                page.applyTo(word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                        : word.getDocument().getBody().addNewSectPr());
            }
            describe(word.getProperties(), info, created);
            WordFonts.addTo(word);

            WordNotes notes = new WordNotes(word, document.notes());
            RunWriter runs = new RunWriter(notes);
            WordTables tables = new WordTables(style, page.textWidthTwips());
            WordCharts charts = new WordCharts(word, style, styles.bodyFont(), page.textWidthTwips(), created,
                    info.language(), document.messages());
            double body = style.sizes().body();
            notes.writeContentWith((footnote, note) -> new BlockWriter(Container.note(footnote), runs, numbering,
                    tables, charts, body).writeAll(note.blocks()));
            BlockWriter blocks = new BlockWriter(Container.body(word), runs, numbering, tables, charts, body);

            LetterFrame frame = document.frame();
            WordPage furniture = new WordPage(style, logo);
            boolean letterhead = frame != null && !frame.letterhead().isEmpty();
            if (!(fromReference && !word.getHeaderList().isEmpty()) && letterhead) {
                // lines from data: each reads in its own direction ("62 Britton Street" in an Arabic letter)
                furniture.letterhead(word, DataLine.markedLines(frame.letterhead(), info.direction()), runs);
            }
            if (!(fromReference && !word.getFooterList().isEmpty())) {
                furniture.footers(word, info.reference(), letterhead, document.messages());
            }
            for (Section section : Section.of(document, style.notesPlacement())) {
                switch (section) {
                    case LETTERHEAD, NOTES, TITLE_PAGE -> {
                        // the letterhead is the first page's header (above), notes are footnotes, and
                        // a Word document opens with its body
                    }
                    case DATE -> date(blocks, frame.date());
                    case RECIPIENT ->
                        recipient(blocks, DataLine.markedLines(frame.recipient(), info.direction()), runs);
                    case SALUTATION -> line(blocks, WordStyles.SALUTATION, frame.salutation(), runs);
                    case SUBJECT -> line(blocks, WordStyles.SUBJECT, frame.subject(), runs);
                    case BODY -> blocks.writeAll(document.blocks());
                    case CLOSING -> closing(blocks, frame, runs);
                }
            }
            if (word.getBodyElements().isEmpty()) {
                word.createParagraph();
            }
            if (info.direction().isRightToLeft()) {
                WordBidi.apply(word);
            }
            WordNumberFormat.pageNumbers(word, document.messages());

            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            word.write(bytes);
            LocalDateTime time = info.created() == null ? NO_DATE : info.created().atTime(9, 0);
            return StableZip.normalise(bytes.toByteArray(), time);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        }
    }

    /** A new document, or a copy of the reference with its body emptied (its last section's set-up stays). */
    private XWPFDocument open() throws IOException {
        if (reference == null) {
            return new XWPFDocument();
        }
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(reference));
        for (int i = word.getBodyElements().size() - 1; i >= 0; i--) {
            word.removeBodyElement(i);
        }
        return word;
    }

    private static Date nineUtc(LocalDate date) {
        return Date.from(date.atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC));
    }

    /** Title, author, subject, keywords, reference and language; dates from the document, never the clock. */
    private static void describe(POIXMLProperties properties, DocumentInfo info, Optional<Date> created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author());
        core.setSubjectProperty(info.subject());
        core.setKeywords(String.join(", ", info.keywords()));
        core.setIdentifier(info.reference());
        core.setDescription(null);
        core.setLastModifiedByUser(null);
        core.setRevision("1");
        core.getUnderlyingProperties().setLanguageProperty(info.language());
        core.setCreated(created);
        core.setModified(created);
        properties.getExtendedProperties().setApplication("briefgen");
    }

    private static void date(BlockWriter blocks, String date) {
        if (!date.isEmpty()) {
            blocks.styled(WordStyles.DATE).createRun().setText(WordText.clean(date));
        }
    }

    private static void recipient(BlockWriter blocks, List<Line> lines, RunWriter runs) {
        if (lines.isEmpty()) {
            return;
        }
        XWPFParagraph address = blocks.styled(WordStyles.INSIDE_ADDRESS);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                address.createRun().addBreak();
            }
            runs.write(address, lines.get(i).inlines());
        }
    }

    private static void closing(BlockWriter blocks, LetterFrame frame, RunWriter runs) {
        line(blocks, WordStyles.CLOSING, frame.closing(), runs);
        List<Line> signature = frame.signature();
        for (int i = 0; i < signature.size(); i++) {
            XWPFParagraph p = blocks.styled(WordStyles.SIGNATURE);
            p.getCTPPr(); // POI's setKeepNext needs the properties to exist
            p.setKeepNext(i < signature.size() - 1);
            runs.write(p, signature.get(i).inlines(), i == 0);
        }
    }

    private static void line(BlockWriter blocks, String style, Line line, RunWriter runs) {
        if (!line.inlines().isEmpty()) {
            runs.write(blocks.styled(style), line.inlines());
        }
    }

}
