package org.briefgen.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefgen.document.Section.BODY;
import static org.briefgen.document.Section.CLOSING;
import static org.briefgen.document.Section.DATE;
import static org.briefgen.document.Section.LETTERHEAD;
import static org.briefgen.document.Section.NOTES;
import static org.briefgen.document.Section.RECIPIENT;
import static org.briefgen.document.Section.SALUTATION;
import static org.briefgen.document.Section.SUBJECT;
import static org.briefgen.document.Section.TITLE_PAGE;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one order of a document's parts, which every writer follows. */
class SectionTest {

    private static final DocumentInfo INFO = new DocumentInfo("T", "A", "", "en-GB", "R-1", List.of(), null);
    private static final LetterFrame FRAME = new LetterFrame(List.of(), "1 May 2024", List.of(), null, null, null,
            List.of());
    private static final Cover COVER = new Cover("Title", "", List.of());

    @Test
    void aLetterOpensWithItsFrameAndPutsItsNotesWhereTheStyleSays() {
        Document letter = new Document(INFO, FRAME, List.of(), List.of());
        assertThat(Section.of(letter, NotesPlacement.BEFORE_CLOSING))
                .containsExactly(LETTERHEAD, DATE, RECIPIENT, SALUTATION, SUBJECT, BODY, NOTES, CLOSING);
        assertThat(Section.of(letter, NotesPlacement.AFTER_SIGNATURE))
                .containsExactly(LETTERHEAD, DATE, RECIPIENT, SALUTATION, SUBJECT, BODY, CLOSING, NOTES);
    }

    @Test
    void aDocumentWithoutAFrameHasItsNotesAfterTheBody() {
        Document report = new Document(INFO, null, List.of(), List.of());
        for (NotesPlacement notes : NotesPlacement.values()) {
            assertThat(Section.of(report, notes)).containsExactly(BODY, NOTES);
        }
    }

    @Test
    void aTitlePageComesAfterTheOpeningAndBeforeTheBody() {
        assertThat(Section.of(new Document(INFO, null, COVER, List.of(), List.of()), NotesPlacement.AFTER_SIGNATURE))
                .containsExactly(TITLE_PAGE, BODY, NOTES);
        assertThat(Section.of(new Document(INFO, FRAME, COVER, List.of(), List.of()), NotesPlacement.BEFORE_CLOSING))
                .containsExactly(LETTERHEAD, DATE, RECIPIENT, SALUTATION, SUBJECT, TITLE_PAGE, BODY, NOTES, CLOSING);
    }
}
