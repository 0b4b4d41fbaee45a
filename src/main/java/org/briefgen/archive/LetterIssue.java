package org.briefgen.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.briefgen.files.AtomicFiles;
import org.briefgen.merge.LetterContext;

/**
 * What the archive needs from the pipeline to issue one letter: the archive chooses the sequence
 * number (so the reference), the pipeline merges and writes the letter's files.
 */
public interface LetterIssue {

    String campaign();

    String recipientId();

    /** The reference of the letter this one corrects, or null for a first letter. */
    String supersedes();

    /**
     * The reference of the letter this follow-up chases, or null for a letter that is not a
     * follow-up. A follow-up's reference is the one {@link #merge} gives; a letter is chased once.
     */
    default String follows() {
        return null;
    }

    /** SHA-256 of the template set the letter is made with. */
    String templatesSha256();

    /** Who issues the letter: by default the user the system runs briefgen as. */
    default Officer officer() {
        return Officer.systemUser();
    }

    /**
     * The recipient's letter as the {@code sequence}-th of the campaign (pure: no file is written);
     * a follow-up is given the sequence number of the letter it chases.
     */
    LetterContext merge(int sequence);

    /**
     * Writes every file of the letter and returns their paths; each must be in place (complete, at
     * its final name, forced to the disk as {@link AtomicFiles#write} does) on return; the archive
     * syncs their folders before it records them. {@code issuedFile} says whether a path is already an issued
     * letter's file, which must never be overwritten.
     */
    List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException;

    /**
     * The SHA-256 of {@code file}, one {@link #write} just put in place, when the pipeline knows it from the bytes it
     * wrote; null, and the archive reads the file.
     */
    default String sha256(Path file) {
        return null;
    }

    /** The digest of {@code context} ({@code LetterDigest.sha256}) when the pipeline made it already; null otherwise. */
    default String digest(LetterContext context) {
        return null;
    }
}
