package org.briefgen.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a document in the order every writer lays them out. A writer shows each section
 * {@link #of} a document in turn, skipping a part that is empty, or one its format keeps elsewhere
 * (a Word letterhead is the page header, Word notes are footnotes).
 */
public enum Section {
    /** The organisation's name and contact lines (letter frame). */
    LETTERHEAD,
    /** The letter's date (letter frame). */
    DATE,
    /** The recipient's name and address lines (letter frame). */
    RECIPIENT,
    /** "Dear …" (letter frame). */
    SALUTATION,
    /** The subject ("re:") line: the letter's title (letter frame). */
    SUBJECT,
    /** The title page, of a document that has one. */
    TITLE_PAGE,
    /** The body blocks. */
    BODY,
    /** The numbered notes, where the house style puts them in a letter. */
    NOTES,
    /** The closing line ("Kind regards,") and the signature lines beneath it, kept together (letter frame). */
    CLOSING;

    /** Every order there is, by {@link #index}: with or without a frame and a title page, notes before or after. */
    private static final List<List<Section>> ORDERS = orders();

    /** The sections of {@code document}, in order, with a letter's notes placed as {@code notes} says. */
    public static List<Section> of(Document document, NotesPlacement notes) {
        return ORDERS.get(index(document.frame() != null, document.cover() != null, notes));
    }

    private static int index(boolean frame, boolean cover, NotesPlacement notes) {
        return (frame ? 4 : 0) | (cover ? 2 : 0) | notes.ordinal();
    }

    private static List<List<Section>> orders() {
        List<List<Section>> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            orders.add(order((i & 4) != 0, (i & 2) != 0, NotesPlacement.values()[i & 1]));
        }
        return List.copyOf(orders);
    }

    /** The one definition of the order: the frame's opening, a title page, the body, then notes and closing. */
    private static List<Section> order(boolean frame, boolean cover, NotesPlacement notes) {
        List<Section> order = new ArrayList<>();
        if (frame) {
            order.addAll(List.of(LETTERHEAD, DATE, RECIPIENT, SALUTATION, SUBJECT));
        }
        if (cover) {
            order.add(TITLE_PAGE);
        }
        order.add(BODY);
        if (frame && notes == NotesPlacement.AFTER_SIGNATURE) {
            order.add(CLOSING);
            order.add(NOTES);
        } else {
            order.add(NOTES);
            if (frame) {
                order.add(CLOSING);
            }
        }
        return List.copyOf(order);
    }
}
