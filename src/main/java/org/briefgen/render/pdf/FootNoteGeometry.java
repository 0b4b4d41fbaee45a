package org.briefgen.render.pdf;

/**
 * The measures of a page's foot of notes: the space the short rule takes above the notes, and where
 * the body's area ends.
 *
 * @param bottom the bottom of the body's area, in points above the page's edge (the bottom margin)
 * @param left the left edge of the text
 * @param width the width of the text
 * @param contentHeight the height of the body's area on a page
 * @param above the space between the body's last line and the rule
 * @param below the space between the rule and the first note
 * @param safety what a marker's line needs below it to stay on its page (its paragraph's spacing)
 * @param between the space after each note, which iText keeps free below a note's part that ends a foot
 */
record FootNoteGeometry(float bottom, float left, float width, float contentHeight, float above, float below,
        float safety, float between) {

    static FootNoteGeometry of(PdfPass pass) {
        PageBox page = pass.page();
        PdfStyle s = pass.styling();
        return new FootNoteGeometry(page.bottom(), page.left(), page.width() - page.left() - page.right(),
                page.height() - page.top() - page.bottom(), s.bodySize() * 1.1f, s.smallSize() * 0.7f,
                s.bodySize() * 0.75f + 1, between(s));
    }

    /** The foot's space above its first note: the gap, the rule, the gap, and a point to spare. */
    float rule() {
        return above + below + 1;
    }

    /** The gap between two notes. */
    static float between(PdfStyle s) {
        return s.smallSize() * 0.45f;
    }
}
