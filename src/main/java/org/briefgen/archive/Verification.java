package org.briefgen.archive;

import java.util.List;

/**
 * What {@link Archive#verify} found: how much it checked, every mismatch, and how the ends of the
 * chains compare with the anchors and the head given. The archive is intact when nothing was found.
 */
public record Verification(int letters, int responses, int files, List<Mismatch> mismatches, Ends ends) {

    public Verification {
        mismatches = List.copyOf(mismatches);
    }

    /** Rows, files and chains only, with nothing said of their ends. */
    public Verification(int letters, int responses, int files, List<Mismatch> mismatches) {
        this(letters, responses, files, mismatches, Ends.UNCHECKED);
    }

    public boolean intact() {
        return mismatches.isEmpty() && ends.problems().isEmpty();
    }

    /**
     * The ends of the chains: the archive's head now; how many anchors of this archive were found in
     * {@code folder} (the newest described, or null), and of other archives; the head the user gave
     * ({@code expected}, or null); and each chain found shorter than, or other than, one of them.
     */
    public record Ends(ArchiveHead head, String folder, int anchors, String newest, int others, String expected,
            List<String> problems) {

        static final Ends UNCHECKED = new Ends(new ArchiveHead(List.of()), null, 0, null, 0, null, List.of());

        public Ends {
            problems = List.copyOf(problems);
        }

        /** Whether anything outside the database vouched for the ends of the chains. */
        public boolean anchored() {
            return anchors > 0 || expected != null;
        }
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
