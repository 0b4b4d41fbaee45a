package org.briefgen.archive;

import java.util.List;

/**
 * What {@link Archive#verify} found: how much it checked and every mismatch. The archive is
 * intact when there is none.
 */
public record Verification(int letters, int responses, int files, List<Mismatch> mismatches) {

    public Verification {
        mismatches = List.copyOf(mismatches);
    }

    public boolean intact() {
        return mismatches.isEmpty();
    }

    /** Why a check failed. */
    public enum Problem {
        /** A recorded file's bytes are not those recorded. */
        FILE_CHANGED("file changed"),
        /** A recorded file is not there. */
        FILE_MISSING("file missing"),
        /** The archive's own copy of a recorded file does not have the bytes recorded. */
        COPY_CHANGED("stored copy changed"),
        /** The archive keeps its files, but not this one. */
        COPY_MISSING("stored copy missing"),
        /** A row's content no longer gives its recorded hash: it was edited after it was recorded. */
        ROW_CHANGED("row changed"),
        /** A row does not carry the hash of the row before it: a row was removed, inserted or replaced. */
        CHAIN_BROKEN("chain broken");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * One failed check: the letter's reference, the file's path (or the table and row for a row),
     * the SHA-256 recorded and the one found ("missing" when there is no file).
     */
    public record Mismatch(Problem problem, String reference, String path, String expected, String actual) {
    }
}
