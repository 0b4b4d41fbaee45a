package org.briefgen.batch;

import java.util.List;

import org.briefgen.campaign.Recipient;

/**
 * A kind of file written for each letter, beside the others, with the letter's base name. This is
 * the seam for adding one: implement it (with a public no-argument constructor) in a package of its
 * own and name the class in {@code META-INF/services/org.briefgen.batch.OutputFormat}; its id is then
 * accepted by {@code --formats} and the campaign's {@code formats} key and listed in
 * {@code generate --help} ({@link OutputFormats}). The four built in ({@code org.briefgen.batch.format})
 * are registered the same way; a format added is written only when named, and a run that names none
 * writes the four built in. The run knows formats only through this interface.
 */
public interface OutputFormat {

    /** The name used in {@code --formats} and the campaign's {@code formats} key: lower case, {@code pdf}. */
    String id();

    /** What follows the letter's base name: {@code .pdf}, {@code .post.txt}. */
    String suffix();

    /**
     * Whether a letter in this format goes with the research briefing (a PDF letter has it written
     * beside it, an e-mail attaches it): a run writes the briefing when one of its formats says so.
     */
    default boolean carriesBriefing() {
        return false;
    }

    /**
     * The templates this format renders itself, beside the letter's (the post's): the run checks
     * their translations with the letter's.
     */
    default List<String> templates() {
        return List.of();
    }

    /**
     * Whether {@code recipient} gets this format's file at all (a post only with a handle): a
     * translation of this format's {@link #templates()} is wanted only for the languages of those who do.
     */
    default boolean writesFor(Recipient recipient) {
        return true;
    }

    /**
     * This format's writer for one run, built before the first letter and shared by every letter
     * (on several threads at once); build expensive things (fonts, styles) here, not per letter.
     */
    Writer writer(FormatContext run);

    /** Makes one format's file for each letter of a run; must be safe to call from several threads. */
    @FunctionalInterface
    interface Writer {

        /**
         * Refuses the campaign, before any letter is made, for what this format lacks (a sender's
         * address, a template), throwing the campaign's or the template's problem; when the formats were
         * not named ({@link FormatContext#named()}) a lack it can report per letter is no fault.
         */
        default void checkCampaign() {
        }

        /** Refuses the letter for what its file needs and the letter lacks (a post too long), as {@link #write} would. */
        default void checkLetter(PreparedLetter letter) {
        }

        /** The letter's file, or why this recipient gets none. */
        Result write(FormatInput letter);
    }

    /**
     * What a writer made of one letter: the file's bytes and, for a paged file, its page count; or,
     * with no bytes, why the recipient gets none ("no e-mail address").
     */
    record Result(byte[] bytes, int pages, String omitted) {

        /** A file of {@code bytes}. */
        public static Result file(byte[] bytes) {
            return new Result(bytes, 0, null);
        }

        /** A file of {@code bytes} with {@code pages} pages. */
        public static Result paged(byte[] bytes, int pages) {
            return new Result(bytes, pages, null);
        }

        /** No file, because of {@code reason}, shown as "no .eml (reason)". */
        public static Result none(String reason) {
            return new Result(null, 0, reason);
        }
    }
}
