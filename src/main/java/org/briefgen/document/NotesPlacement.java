package org.briefgen.document;

/** Where a letter's notes go: between its body and its closing, or after its signature. */
public enum NotesPlacement {
    BEFORE_CLOSING,
    AFTER_SIGNATURE
}
